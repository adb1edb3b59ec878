package io.guarddesk.crash;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One kind of request sent every {@code everyMillis} throughout the database outage, each answer
 * kept with when it was sent, its status, latency, and whether it is the clear answer expected
 * while the database is away: 503 with a JSON {@code message} and {@code Retry-After} from the
 * API, a 503 HTML page without a stack trace from a page.
 */
final class OutageProbe implements Runnable {

    enum Style { API, PAGE, HEALTH }

    /** One request: when it left (ms since the scenario began), what came back. status 0: refused, -1: no answer. */
    record Sample(long sentAt, int status, long millis, boolean clear, String excerpt, String savedAs) {
    }

    /** Text that must never reach a user: a stack trace, SQL, the persistence provider, the server build. */
    private static final List<String> LEAKS = List.of("exception", "\tat ", "at org.", "at io.guarddesk", "sqlstate", "psql",
            "eclipselink", "org.postgresql", "payara server", "connection refused", "stacktrace");

    final String name;
    private final Style style;
    private final IntFunction<Http.Outcome> request;
    private final long start;
    private final long everyMillis;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean running = true;

    OutageProbe(String name, Style style, long start, long everyMillis, IntFunction<Http.Outcome> request) {
        this.name = name;
        this.style = style;
        this.start = start;
        this.everyMillis = everyMillis;
        this.request = request;
    }

    @Override
    public void run() {
        int n = 0;
        while (running) {
            long sent = now();
            samples.add(sample(sent, request.apply(n++)));
            long wait = everyMillis - (now() - sent);
            if (wait > 0) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    void stop() {
        running = false;
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    private Sample sample(long sent, Http.Outcome outcome) {
        if (outcome instanceof Http.Answered answered) {
            String saved = null;
            if (answered.ok() && style == Style.API) {
                var json = answered.jsonOrNull();
                saved = json == null ? null : json.getString("reference", null);
            }
            return new Sample(sent, answered.status(), answered.millis(), clear(answered), excerpt(answered.body()), saved);
        }
        if (outcome instanceof Http.Lost lost) {
            return new Sample(sent, -1, lost.millis(), false, lost.reason(), null);
        }
        return new Sample(sent, 0, 0, false, ((Http.Refused) outcome).reason(), null);
    }

    /** Whether a 503 says what it should, and nothing it must not. */
    private boolean clear(Http.Answered answer) {
        if (answer.status() != 503) {
            return false;
        }
        var type = String.valueOf(answer.header("Content-Type")).toLowerCase(Locale.ROOT);
        var body = answer.body().toLowerCase(Locale.ROOT);
        boolean leaks = LEAKS.stream().anyMatch(body::contains);
        return switch (style) {
            case API -> {
                var json = answer.jsonOrNull();
                yield type.startsWith("application/json") && json != null && !json.getString("message", "").isBlank()
                        && answer.header("Retry-After") != null && !leaks;
            }
            case PAGE -> type.startsWith("text/html") && !leaks && body.contains("<html");
            case HEALTH -> true;
        };
    }

    private long now() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String excerpt(String body) {
        var flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    static Map<String, String> accept(String type) {
        return Map.of("Accept", type);
    }
}
