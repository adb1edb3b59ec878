package io.guarddesk.notices.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * R5 throughput figure, against a running Guarddesk ({@code mvn -Pnotice-bench test}): "100,000
 * recipients queued for sending in ≤ 60 s on this machine, and the progress page stays responsive
 * meanwhile".
 *
 * <p>Imports N accounts of a run of its own, drafts a notice to them as {@code supervisor},
 * approves it as {@code privacy} (the second supervisor), then follows the sending through the
 * API (every 200 ms) and the progress page (every 500 ms) until the relay has delivered every
 * message, and prints the figures. The server must pace without limit
 * ({@code GUARDDESK_NOTICES_RATE=1000000}): at the default 20 messages a second, 100,000 take
 * 83 minutes by design.
 *
 * <p>Every run adds N accounts to the directory and N mails to the outbox: the API can remove
 * neither, so start from an empty {@code ./data} for figures that compare.
 */
public final class NoticeQueueBench {

    static final double TARGET_SECONDS = 60;
    private static final Duration API_POLL = Duration.ofMillis(200);
    private static final Duration PAGE_POLL = Duration.ofMillis(500);
    /** Imports and the recipient query write one row per account in one request: give them time. */
    private static final Duration LONG_REQUEST = Duration.ofMinutes(10);
    private static final Duration SHORT_REQUEST = Duration.ofSeconds(30);

    private record Config(URI base, int recipients, int chunk, Duration timeout) {

        static Config fromSystemProperties() {
            var url = System.getProperty("notice.url", "http://localhost:8480");
            // paths resolve against the base: without the slash, http://host/desk would lose "desk"
            return new Config(URI.create(url.endsWith("/") ? url : url + "/"),
                    Integer.getInteger("notice.recipients", 100_000),
                    Integer.getInteger("notice.chunk", 20_000),
                    Duration.ofMinutes(Long.getLong("notice.timeout.minutes", 15)));
        }
    }

    /** The approval's answer: when it arrived on this side, as {@link System#nanoTime()}. */
    private record Approval(long nanos) {
    }

    private record Token(long id, String secret) {
    }

    /** What the run measured, for the table. */
    private record Figures(int recipients, double importSeconds, int importRequests, double recipientSeconds,
                           ProgressWatch progress, PageWatch page, JsonObject finalNotice, boolean finished) {
    }

    private NoticeQueueBench() {
    }

    public static void main(String[] args) throws Exception {
        // the same digits and separators on every machine: 100,000 and 41.25, whatever the JVM's locale;
        // and the printed text is ASCII, so a console that is not UTF-8 shows it as well
        Locale.setDefault(Locale.ROOT);
        var config = Config.fromSystemProperties();
        var http = HttpClient.newBuilder()
                // HTTP/1.1 as a browser on plain http speaks it; no h2c upgrade attempt on every connection
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var admin = Api.basic(http, config.base(), "admin", "demo-admin");
        var supervisor = Api.basic(http, config.base(), "supervisor", "demo-supervisor");
        var privacy = Api.basic(http, config.base(), "privacy", "demo-privacy");
        long run = Instant.now().getEpochSecond();
        var accounts = new SyntheticAccounts(run, config.recipients());

        System.out.printf("Notice queue benchmark: %,d recipients against %s (run %d, accounts %s*)%n",
                config.recipients(), config.base(), run, accounts.prefix());
        System.out.println("The server must pace without limit: GUARDDESK_NOTICES_RATE=1000000 mvn -Prun package");

        preflight(admin, config.base());
        int importRequests = (config.recipients() + config.chunk() - 1) / config.chunk();
        double importSeconds = importAccounts(admin, accounts, config.chunk());
        long id = draft(supervisor);
        double recipientSeconds = chooseRecipients(supervisor, id, accounts);
        submit(supervisor, id);
        var hash = review(privacy, id, accounts.count());

        // Everything the watchers need is ready before the approval, so that the first polls follow it at once.
        var token = createToken(supervisor, run);
        try {
            var page = PageSession.signIn(config.base(), "supervisor", "demo-supervisor");
            var approval = approve(privacy, id, hash);
            var progress = new ProgressWatch(supervisor.withToken(token.secret()), id, approval.nanos());
            var pages = new PageWatch(page, id);
            boolean finished = watch(progress, pages, config.timeout());
            var last = Api.expect(200, supervisor.get("api/notices/" + id, SHORT_REQUEST), "read the notice");
            print(new Figures(config.recipients(), importSeconds, importRequests, recipientSeconds, progress, pages, last, finished));
        } finally {
            revoke(supervisor, token);
        }
    }

    /** A clear message for the usual mistakes (no server, no demo data) instead of a stack trace from the first import. */
    private static void preflight(Api admin, URI base) throws InterruptedException {
        try {
            Api.expect(200, admin.get("api/me", SHORT_REQUEST), "sign in as admin/demo-admin (a server with demo data?)");
        } catch (IOException e) {
            throw new IllegalStateException("Guarddesk does not answer at " + base + " (" + e + "); start it first with "
                    + "GUARDDESK_NOTICES_RATE=1000000 mvn -Prun package, or give -Dnotice.url", e);
        }
    }

    /** All-or-nothing imports of {@code chunk} rows each, one after the other; answers the seconds in all. */
    private static double importAccounts(Api admin, SyntheticAccounts accounts, int chunk) throws IOException, InterruptedException {
        System.out.printf("Importing %,d accounts as admin, %,d rows per POST /api/accounts/import%n", accounts.count(), chunk);
        long total = 0;
        for (int from = 0; from < accounts.count(); from += chunk) {
            int to = Math.min(accounts.count(), from + chunk);
            var answer = admin.send("POST", "api/accounts/import?encoding=UTF_8", "text/csv; charset=UTF-8",
                    accounts.csv(from, to), LONG_REQUEST);
            var report = Api.expect(200, answer, "import rows " + from + "-" + (to - 1));
            if (report.getInt("created") != to - from) {
                throw new IllegalStateException("import rows " + from + "-" + (to - 1) + " created " + report.getInt("created")
                        + " accounts, not " + (to - from) + ": " + answer);
            }
            total += answer.nanos();
            System.out.printf("  rows %,7d-%,7d: %6.2f s%n", from, to - 1, answer.nanos() / 1e9);
        }
        return total / 1e9;
    }

    /** A draft in both languages with the recipient's own name and accounts, due a minute ago: sent as soon as approved. */
    private static long draft(Api supervisor) throws IOException, InterruptedException {
        var sendAt = OffsetDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        var body = Json.createObjectBuilder()
                .add("subjectEn", "Information about your account")
                .add("bodyEn", "Dear {{name}},\n\nThis is information about your account(s) {{accounts}}. "
                        + "There is nothing you need to do.\n\nCustomer support")
                .add("subjectJa", "ご契約アカウントに関するお知らせ")
                .add("bodyJa", "{{name}} 様\n\nご契約のアカウント（{{accounts}}）についてお知らせいたします。"
                        + "お客様のお手続きは不要です。\n\nカスタマーサポート")
                .add("sendAt", sendAt)
                .build();
        var notice = Api.expect(201, supervisor.json("POST", "api/notices", body, SHORT_REQUEST), "draft the notice");
        long id = notice.getJsonNumber("id").longValue();
        System.out.printf("Notice %d drafted as supervisor, send at %s%n", id, sendAt);
        return id;
    }

    /** The run's accounts by their number prefix; answers the seconds the recipient list took. */
    private static double chooseRecipients(Api supervisor, long id, SyntheticAccounts accounts) throws IOException, InterruptedException {
        var body = Json.createObjectBuilder().add("query", Json.createObjectBuilder().add("prefix", accounts.prefix())).build();
        var answer = supervisor.json("PUT", "api/notices/" + id + "/recipients", body, LONG_REQUEST);
        var notice = Api.expect(200, answer, "set the recipients");
        if (notice.getInt("recipients") != accounts.count()) {
            throw new IllegalStateException("expected " + accounts.count() + " recipients, got " + notice.getInt("recipients"));
        }
        System.out.printf("Recipients set: %,d in %.2f s%n", accounts.count(), answer.nanos() / 1e9);
        return answer.nanos() / 1e9;
    }

    private static void submit(Api supervisor, long id) throws IOException, InterruptedException {
        var notice = Api.expect(200, supervisor.json("POST", "api/notices/" + id + "/submission", JsonValue.EMPTY_JSON_OBJECT,
                SHORT_REQUEST), "submit the notice");
        System.out.println("Submitted: " + notice.getString("status"));
    }

    /**
     * The second supervisor's review; answers the hash to approve. Stops the run when the guard would
     * refuse a sample message: every recipient's message would then be refused, and nothing measured.
     */
    private static String review(Api privacy, long id, int recipients) throws IOException, InterruptedException {
        var review = Api.expect(200, privacy.get("api/notices/" + id + "/review", LONG_REQUEST), "review the notice");
        for (var message : review.getJsonArray("messages").getValuesAs(JsonObject.class)) {
            // JSON-B leaves out null properties: no "refusal" means the guard lets the message pass
            if (present(message, "refusal")) {
                throw new IllegalStateException("the guard would refuse the " + message.getString("language") + " sample message ("
                        + message.getString("refusal") + "): " + message);
            }
        }
        if (review.getJsonObject("notice").getInt("recipients") != recipients) {
            throw new IllegalStateException("the review shows " + review.getJsonObject("notice").getInt("recipients") + " recipients");
        }
        return review.getString("hash");
    }

    private static Approval approve(Api privacy, long id, String hash) throws IOException, InterruptedException {
        var answer = privacy.json("POST", "api/notices/" + id + "/approval", Json.createObjectBuilder().add("hash", hash).build(),
                SHORT_REQUEST);
        long nanos = System.nanoTime();
        var notice = Api.expect(200, answer, "approve the notice as privacy");
        System.out.printf("Approved by %s at %s; following the sending (API every %d ms, page every %d ms)%n",
                notice.getString("approvedBy"), notice.getString("approvedAt"), API_POLL.toMillis(), PAGE_POLL.toMillis());
        return new Approval(nanos);
    }

    /**
     * Polling goes through a personal API token, not Basic: Basic costs a PBKDF2 check of the
     * password (210,000 iterations) on every request, which would measure password hashing instead
     * of the progress, and take CPU from the sender five times a second.
     */
    private static Token createToken(Api supervisor, long run) throws IOException, InterruptedException {
        var body = Json.createObjectBuilder().add("name", "notice-bench " + run).build();
        var created = Api.expect(201, supervisor.json("POST", "api/me/tokens", body, SHORT_REQUEST), "create an API token");
        return new Token(created.getJsonNumber("id").longValue(), created.getString("token"));
    }

    private static void revoke(Api supervisor, Token token) {
        try {
            var answer = supervisor.delete("api/me/tokens/" + token.id(), SHORT_REQUEST);
            if (answer.status() != 204) {
                System.err.println("Could not revoke the benchmark's API token " + token.id() + ": " + answer);
            }
        } catch (IOException | InterruptedException e) {
            System.err.println("Could not revoke the benchmark's API token " + token.id() + ": " + e);
        }
    }

    /** Runs both watchers until everything is delivered or {@code timeout}; answers whether it finished. */
    private static boolean watch(ProgressWatch progress, PageWatch pages, Duration timeout) throws InterruptedException {
        var pollers = List.of(new Poller("notice-api-poll", API_POLL, progress), new Poller("notice-page-poll", PAGE_POLL, pages));
        pollers.forEach(Poller::start);
        boolean finished = progress.awaitDelivered(timeout);
        for (var poller : pollers) {
            poller.stop();
        }
        if (!finished) {
            System.out.printf("Timed out after %d min before every message was delivered.%n", timeout.toMinutes());
        }
        return finished;
    }

    private static void print(Figures f) {
        var notice = f.finalNotice();
        var progress = notice.getJsonObject("progress");
        double written = f.progress().writtenSeconds();
        boolean pass = written <= TARGET_SECONDS;
        System.out.println();
        System.out.printf("R5 notice queue, %,d recipients%n", f.recipients());
        row("import of the accounts (%d POSTs)".formatted(f.importRequests()), f.importSeconds());
        row("recipient list (PUT .../recipients)", f.recipientSeconds());
        row("approval -> sending started (server clock)", serverSeconds(notice, "approvedAt", "startedAt"));
        row("approval -> all queued in the outbox", written);
        row("   the same on the server's clock", serverSeconds(notice, "approvedAt", "finishedAt"));
        row("approval -> all delivered to the sink", f.progress().deliveredSeconds());
        System.out.printf("  %-44s %s (<= %.0f s for approval -> all queued)%n", "result", pass ? "PASS" : "FAIL", TARGET_SECONDS);
        System.out.printf("  final: %s, queued %,d, sent %,d, failed %,d, bounced %,d%s%n", notice.getString("status"),
                progress.getJsonNumber("queued").longValue(), progress.getJsonNumber("sent").longValue(),
                progress.getJsonNumber("failed").longValue(), progress.getJsonNumber("bounced").longValue(),
                f.finished() ? "" : " (timed out)");
        if (progress.getJsonNumber("failed").longValue() > 0) {
            System.out.println("  WARNING: some messages failed or were refused by the guard; the figures cover fewer real mails");
        }
        System.out.println();
        System.out.printf("  %-34s %7s %7s %8s %8s %8s %8s%n", "latency (ms)", "count", "errors", "p50", "p95", "p99", "max");
        latencyRow("API  GET /api/notices/{id}", f.progress().latencies());
        latencyRow("page GET /supervisor/notice?id=", f.page().latencies());
        System.out.println("  page answers by HTTP status (-1: no answer): " + f.page().statuses());
    }

    private static void row(String label, double seconds) {
        System.out.printf("  %-44s %s%n", label, Double.isNaN(seconds) ? "   -" : "%8.2f s".formatted(seconds));
    }

    private static void latencyRow(String label, Latencies l) {
        System.out.printf("  %-34s %7d %7d %8.1f %8.1f %8.1f %8.1f%n", label, l.count(), l.failures(),
                l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99), l.maxMillis());
    }

    /** Whether {@code key} has a value: JSON-B leaves out properties that are null. */
    private static boolean present(JsonObject object, String key) {
        return object.containsKey(key) && !object.isNull(key);
    }

    /** Seconds between two instants the server recorded on the notice; NaN when either is missing. */
    private static double serverSeconds(JsonObject notice, String from, String to) {
        if (!present(notice, from) || !present(notice, to)) {
            return Double.NaN;
        }
        return Duration.between(Instant.parse(notice.getString(from)), Instant.parse(notice.getString(to))).toMillis() / 1e3;
    }
}
