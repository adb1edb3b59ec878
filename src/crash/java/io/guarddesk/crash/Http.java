package io.guarddesk.crash;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * HTTP to one incarnation of the server. A new instance after every restart, so no request goes
 * out on a pooled connection the killed server left behind. Every failure is classified: a
 * refused connection reached nothing and may be retried; a request that was sent and never
 * answered has an unknown outcome.
 */
final class Http {

    sealed interface Outcome permits Answered, Refused, Lost {
    }

    record Answered(int status, String body, Map<String, List<String>> headers, long millis) implements Outcome {

        boolean ok() {
            return status / 100 == 2;
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** The body as a JSON object, or null when it is not one. */
        JsonObject jsonOrNull() {
            try {
                return json();
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** Nothing reached the server (connection refused or not established in time). */
    record Refused(String reason) implements Outcome {
    }

    /** Sent, and no answer came: the server may or may not have acted on it. */
    record Lost(String reason, long millis) implements Outcome {
    }

    private final HttpClient client;
    private final URI base;

    Http(int port) {
        this.base = URI.create("http://localhost:" + port + "/");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Outcome send(String method, String path, String json, Map<String, String> headers, Duration timeout) {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        if (!headers.containsKey("Accept")) {
            request.header("Accept", "application/json");
        }
        request.header("Accept-Language", "en");
        headers.forEach(request::header);
        long start = System.nanoTime();
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answered(response.statusCode(), response.body(), response.headers().map(), millisSince(start));
        } catch (ConnectException | HttpConnectTimeoutException e) {
            return new Refused(e.getClass().getSimpleName());
        } catch (IOException e) {
            // the JDK wraps a refused connection in a plain IOException on some paths
            if (e.getCause() instanceof ConnectException) {
                return new Refused("ConnectException");
            }
            return new Lost(e.getClass().getSimpleName() + ": " + e.getMessage(), millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Lost("interrupted", millisSince(start));
        }
    }

    Outcome get(String path, Map<String, String> headers) {
        return send("GET", path, null, headers, Duration.ofSeconds(30));
    }

    Outcome post(String path, String json, Map<String, String> headers) {
        return send("POST", path, json, headers, Duration.ofSeconds(30));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String quote(String text) {
        return Json.createValue(text).toString();
    }
}
