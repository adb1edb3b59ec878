package io.guarddesk.crash;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The database goes away for 30 s under a steady trickle of submissions, API reads, page reads
 * and health checks ({@code pg_ctl stop -m immediate}, then start again). Expected: clear 503s
 * while it is away, every submission answered 2xx stored, and the same server process answering
 * normally again within a few seconds of the database's return.
 */
final class OutageRun {

    /** After the database is back, each probe must answer 2xx again within this. */
    static final Duration RECOVERY = Duration.ofSeconds(15);
    /** While the database is away, an answer should come at once, not after a hung connection attempt. */
    static final long PROMPT_MILLIS = 10_000;
    private static final long EVERY_MILLIS = 500;

    private final CrashSettings settings;
    private final MailSink mail;
    private final String run;

    OutageRun(CrashSettings settings, MailSink mail, String run) {
        this.settings = settings;
        this.mail = mail;
        this.run = run;
    }

    Report run() throws Exception {
        var report = new Report("Database outage of " + settings.outageSeconds() + " s (PostgreSQL, pg_ctl stop -m immediate)");
        if (!PrivatePostgres.installed(settings.pgBin())) {
            report.check("PostgreSQL server binaries in " + settings.pgBin(), false,
                    "install them (apt-get install -y postgresql) or pass -Dcrash.pg.bin=");
            return report;
        }
        var pg = new PrivatePostgres(settings.workDir().resolve("pg"), settings.pgBin(), settings.pgPort());
        pg.initFresh();
        pg.start();
        GuarddeskServer server = null;
        try {
            pg.createDatabase("guarddesk");
            var database = Map.of("GUARDDESK_DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource",
                    "GUARDDESK_DB_URL", pg.url("guarddesk"),
                    "GUARDDESK_DB_USER", PrivatePostgres.USER, "GUARDDESK_DB_PASSWORD", PrivatePostgres.USER);
            server = new GuarddeskServer(settings, KillRun.environment(settings, mail, database), "outage");
            server.start();
            Chaos.log("outage: server up in " + server.awaitReady().toMillis() / 1000.0 + " s on PostgreSQL :" + settings.pgPort());
            var http = new Http(settings.port());
            var desk = new Desk(http, mail);
            var agent = desk.agentToken("crash-outage-" + run);
            var ticket = desk.confirmed(0, "crash-" + run + "-o0@example.com");
            long pid = server.pid();

            long start = System.nanoTime();
            var probes = List.of(
                    new OutageProbe("POST /api/tickets", OutageProbe.Style.API, start, EVERY_MILLIS, i -> http.send("POST", "api/tickets",
                            Desk.submission("crash-" + run + "-p" + i + "@example.com", "Outage probe " + i, "Sent while the database may be away."),
                            Map.of(), Duration.ofSeconds(35))),
                    new OutageProbe("GET /api/tickets/{ref}", OutageProbe.Style.API, start, EVERY_MILLIS, i -> http.send("GET",
                            "api/tickets/" + ticket.reference(), null, Map.of("Authorization", agent), Duration.ofSeconds(35))),
                    new OutageProbe("GET /ticket?key= (page)", OutageProbe.Style.PAGE, start, EVERY_MILLIS, i -> http.send("GET",
                            "ticket?key=" + ticket.key(), null, OutageProbe.accept("text/html"), Duration.ofSeconds(35))),
                    new OutageProbe("GET /health", OutageProbe.Style.HEALTH, start, EVERY_MILLIS, i -> http.send("GET",
                            "health", null, Map.of(), Duration.ofSeconds(35))));
            var threads = probes.stream().map(p -> new Thread(p, "probe-" + p.name)).toList();
            threads.forEach(Thread::start);
            Thread.sleep(8_000);
            long down = (System.nanoTime() - start) / 1_000_000;
            pg.stopImmediate();
            Chaos.log("outage: PostgreSQL stopped (immediate); back in " + settings.outageSeconds() + " s");
            Thread.sleep(settings.outageSeconds() * 1000L);
            long restarting = (System.nanoTime() - start) / 1_000_000;
            pg.start();
            long back = (System.nanoTime() - start) / 1_000_000;
            Chaos.log("outage: PostgreSQL is back; watching for recovery");
            awaitRecovery(probes, back);
            probes.forEach(OutageProbe::stop);
            for (var thread : threads) {
                thread.join(40_000);
            }
            boolean samePid = server.alive() && server.pid() == pid;
            server.stop();
            verify(report, pg, probes, down, restarting, back, samePid);
            return report;
        } finally {
            if (server != null) {
                server.stop();
            }
            pg.stop();
        }
    }

    /** Until every probe has answered 2xx three times in a row after the database's return, at most 90 s. */
    private static void awaitRecovery(List<OutageProbe> probes, long back) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (probes.stream().allMatch(p -> {
                var after = p.samples().stream().filter(s -> s.sentAt() >= back).toList();
                return after.size() >= 3 && after.subList(after.size() - 3, after.size()).stream().allMatch(s -> s.status() / 100 == 2);
            })) {
                Thread.sleep(2_000);
                return;
            }
            Thread.sleep(500);
        }
    }

    private void verify(Report report, PrivatePostgres pg, List<OutageProbe> probes, long down, long restarting, long back, boolean samePid)
            throws Exception {
        report.section("Timeline (ms since the probes began; database stopped at " + down + ", started again at " + restarting
                + ", accepting connections at " + back + ")");
        for (var probe : probes) {
            report.figure(probe.name, timeline(probe.samples()));
        }
        report.section("While the database was away (requests sent from 1 s after the stop until its restart began)");
        Predicate<OutageProbe.Sample> during = s -> s.sentAt() >= down + 1000 && s.sentAt() < restarting;
        for (var probe : probes) {
            var samples = probe.samples().stream().filter(during).toList();
            var statuses = samples.stream().collect(Collectors.groupingBy(s -> label(s.status()), TreeMap::new, Collectors.counting()));
            report.figure(probe.name + ": statuses", statuses);
            report.figure(probe.name + ": clear answers", samples.stream().filter(OutageProbe.Sample::clear).count() + " of " + samples.size());
            report.figure(probe.name + ": slowest answer (ms)", samples.stream().mapToLong(OutageProbe.Sample::millis).max().orElse(0));
            samples.stream().filter(s -> !s.clear()).findFirst()
                    .ifPresent(s -> report.figure(probe.name + ": first unclear answer", label(s.status()) + " " + s.excerpt()));
            if (!probe.name.equals("GET /health")) {
                var expected = probe.name.contains("page") ? "503 HTML page, no stack trace" : "503 JSON {message} with Retry-After";
                report.check(probe.name + " answers " + expected + " while the database is away",
                        !samples.isEmpty() && samples.stream().allMatch(OutageProbe.Sample::clear),
                        samples.stream().filter(OutageProbe.Sample::clear).count() + " of " + samples.size() + " clear; statuses " + statuses);
                report.check(probe.name + " answers within " + PROMPT_MILLIS / 1000 + " s while the database is away",
                        samples.stream().allMatch(s -> s.status() > 0 && s.millis() <= PROMPT_MILLIS),
                        "slowest " + samples.stream().mapToLong(OutageProbe.Sample::millis).max().orElse(0) + " ms");
            } else {
                report.note("/health while the database is away", "statuses " + statuses);
            }
        }
        report.section("Recovery after the database returned");
        for (var probe : probes) {
            var firstOk = probe.samples().stream().filter(s -> s.sentAt() >= back && s.status() / 100 == 2).findFirst();
            var recoveredAt = firstOk.map(s -> s.sentAt() - back).orElse(-1L);
            var lastBad = probe.samples().stream().filter(s -> s.sentAt() >= back && s.status() / 100 != 2)
                    .mapToLong(s -> s.sentAt() - back).max();
            report.figure(probe.name + ": first 2xx after (ms) / last failure after (ms)",
                    (recoveredAt < 0 ? "never" : recoveredAt) + " / " + (lastBad.isPresent() ? lastBad.getAsLong() : "-"));
            report.check(probe.name + " succeeds again within " + RECOVERY.toSeconds() + " s, and stays up",
                    recoveredAt >= 0 && (lastBad.isEmpty() || lastBad.getAsLong() < RECOVERY.toMillis()),
                    "first 2xx " + (recoveredAt < 0 ? "never" : recoveredAt + " ms") + " after the database's return");
        }
        report.check("the same server process throughout (no restart)", samePid, samePid ? "" : "the server died or was replaced");

        var submissions = probes.get(0).samples();
        var saved = submissions.stream().filter(s -> s.status() / 100 == 2).map(OutageProbe.Sample::savedAs).toList();
        var stored = new HashSet<String>();
        try (var connection = DriverManager.getConnection(pg.url("guarddesk"), PrivatePostgres.USER, PrivatePostgres.USER);
             var statement = connection.prepareStatement("SELECT reference FROM ticket WHERE requester_email LIKE ?")) {
            statement.setString(1, "crash-" + run + "-p%");
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
        }
        var missing = saved.stream().filter(r -> r == null || !stored.contains(r)).map(String::valueOf).toList();
        report.section("Submissions");
        report.figure("sent / answered 2xx / stored", submissions.size() + " / " + saved.size() + " / " + stored.size());
        report.check("every submission answered 2xx (before, during, after) exists", missing.isEmpty(), Report.examples(missing));
        var unknown = new ArrayList<String>();
        submissions.stream().filter(s -> s.status() <= 0).forEach(s -> unknown.add(s.sentAt() + " ms: " + s.excerpt()));
        if (!unknown.isEmpty()) {
            report.figure("submissions without an answer", Report.examples(unknown));
        }
    }

    /** Runs of equal statuses: "200 x16 [0-7512] | 503 x60 [8010-37990] | ...". */
    static String timeline(List<OutageProbe.Sample> samples) {
        var out = new StringBuilder();
        int i = 0;
        while (i < samples.size()) {
            int j = i;
            while (j + 1 < samples.size() && samples.get(j + 1).status() == samples.get(i).status()) {
                j++;
            }
            if (out.length() > 0) {
                out.append(" | ");
            }
            out.append(label(samples.get(i).status())).append(" x").append(j - i + 1)
                    .append(" [").append(samples.get(i).sentAt()).append('-').append(samples.get(j).sentAt()).append(']');
            i = j + 1;
        }
        return out.toString();
    }

    static String label(int status) {
        return status == 0 ? "refused" : status < 0 ? "no-answer" : Integer.toString(status);
    }
}
