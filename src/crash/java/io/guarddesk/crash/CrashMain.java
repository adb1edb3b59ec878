package io.guarddesk.crash;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Crash safety (issue #7), {@code mvn -Pcrash package}: kills the server with SIGKILL at random
 * moments while submissions and replies are in flight and checks that every "saved" is stored and
 * every committed reply's mail arrives once and only then; then takes the database away for 30 s
 * and checks the answers meanwhile and the recovery. Not part of {@code mvn verify}: it runs for
 * about ten minutes and needs the port and PostgreSQL to itself. Exits 1 when a check fails.
 */
public final class CrashMain {

    private CrashMain() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        var settings = CrashSettings.fromSystemProperties();
        // the integration tests' helpers (Customers.confirm) talk to "the server under test" on this port
        System.setProperty("guarddesk.it.port", Integer.toString(settings.port()));
        var run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        Chaos.log("crash harness run " + run + ": scenario " + settings.scenario() + ", database " + settings.database()
                + ", " + settings.kills() + " kills, " + settings.submissions() + " submissions, " + settings.replies()
                + " replies on " + settings.tickets() + " tickets, " + settings.clients() + " clients, seed " + settings.seed()
                + ", port " + settings.port());
        if (!Files.isRegularFile(settings.root().resolve("target/ROOT.war")) || !Files.isRegularFile(settings.root().resolve("target/payara-micro.jar"))) {
            throw new IllegalStateException("build first: target/ROOT.war and target/payara-micro.jar (mvn -Pcrash package does)");
        }
        var reports = new ArrayList<Report>();
        try (var mail = MailSink.start()) {
            Chaos.log("GreenMail SMTP on 127.0.0.1:" + mail.port());
            if (settings.runsKills()) {
                reports.add(killScenario(settings, mail, run));
            }
            if (settings.runsOutage()) {
                reports.add(outageScenario(settings, mail, run));
            }
        }
        reports.forEach(Report::print);
        boolean passed = reports.stream().allMatch(Report::passed);
        System.out.println(passed ? "CRASH HARNESS: ALL CHECKS PASSED" : "CRASH HARNESS: SOME CHECKS FAILED");
        System.out.flush();
        System.exit(passed ? 0 : 1);
    }

    private static Report killScenario(CrashSettings settings, MailSink mail, String run) throws Exception {
        var report = new Report("kill -9 under load (" + settings.database() + "): " + settings.submissions() + " submissions, "
                + settings.replies() + " replies, " + settings.kills() + " kills, seed " + settings.seed());
        PrivatePostgres pg = null;
        Map<String, String> database;
        String url;
        String user = "guarddesk";
        if (settings.database().equals("postgresql")) {
            pg = new PrivatePostgres(settings.workDir().resolve("pg"), settings.pgBin(), settings.pgPort());
            pg.initFresh();
            pg.start();
            pg.createDatabase("guarddesk");
            url = pg.url("guarddesk");
            user = PrivatePostgres.USER;
            database = Map.of("GUARDDESK_DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource", "GUARDDESK_DB_URL", url,
                    "GUARDDESK_DB_USER", user, "GUARDDESK_DB_PASSWORD", user);
        } else {
            var dir = settings.workDir().resolve("h2");
            GuarddeskServer.deleteContents(dir);
            Files.createDirectories(dir);
            // the embedded default's own options, only the file elsewhere (and what -Dcrash.h2.options adds, e.g. ";WRITE_DELAY=0")
            url = "jdbc:h2:file:" + dir.resolve("guarddesk") + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE" + settings.h2Options();
            database = new HashMap<>(Map.of("GUARDDESK_DB_URL", url));
        }
        var server = new GuarddeskServer(settings, KillRun.environment(settings, mail, database), "kill");
        try {
            var outcome = new KillRun(settings, server, mail, run).run();
            var stored = Stored.read(url, user, user, run);
            new Verification(outcome, stored, mail.received(), report).verify(settings.kills(), Boolean.getBoolean("crash.strict-once"));
        } catch (Exception e) {
            report.check("the scenario ran to the end", false, e.getMessage() + "\n--- server log tail ---\n" + server.logTail(40));
            e.printStackTrace();
        } finally {
            server.stop();
            if (pg != null) {
                pg.stop();
            }
        }
        return report;
    }

    private static Report outageScenario(CrashSettings settings, MailSink mail, String run) throws Exception {
        try {
            return new OutageRun(settings, mail, run).run();
        } catch (Exception e) {
            var report = new Report("Database outage");
            report.check("the scenario ran to the end", false, String.valueOf(e.getMessage()));
            e.printStackTrace();
            return report;
        }
    }
}
