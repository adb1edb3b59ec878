package io.guarddesk.crash;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** What one run of the crash harness does, from system properties (the {@code crash} Maven profile passes them). */
record CrashSettings(Path root, int port, String scenario, String database, int kills, int submissions, int replies,
                     int tickets, int clients, int leaseSeconds, long seed, String serverJavaOpts, Duration bootTimeout,
                     int pgPort, Path pgBin, int outageSeconds, String h2Options) {

    static CrashSettings fromSystemProperties() {
        var root = Path.of(System.getProperty("crash.root", ".")).toAbsolutePath().normalize();
        int port = Integer.getInteger("crash.port", 8690);
        if (port == 8480 || port == 18480) {
            throw new IllegalArgumentException("port " + port + " belongs to the demo server or the integration tests: choose another");
        }
        var scenario = System.getProperty("crash.scenario", "all").toLowerCase(Locale.ROOT);
        if (!scenario.matches("all|kill|outage")) {
            throw new IllegalArgumentException("crash.scenario is all, kill or outage, not " + scenario);
        }
        var database = System.getProperty("crash.db", "h2").toLowerCase(Locale.ROOT);
        if (!database.matches("h2|postgresql")) {
            throw new IllegalArgumentException("crash.db is h2 or postgresql, not " + database);
        }
        return new CrashSettings(root, port, scenario, database,
                Integer.getInteger("crash.kills", 20),
                Integer.getInteger("crash.submissions", 1000),
                Integer.getInteger("crash.replies", 1000),
                Integer.getInteger("crash.tickets", 100),
                Integer.getInteger("crash.clients", 4),
                Integer.getInteger("crash.lease", 40),
                randomSeedUnlessGiven(),
                System.getProperty("crash.server.java-opts", "-Xmx768m"),
                Duration.ofSeconds(Long.getLong("crash.boot.timeout", 240)),
                Integer.getInteger("crash.pg.port", 55433),
                Path.of(System.getProperty("crash.pg.bin", "/usr/lib/postgresql/15/bin")),
                Integer.getInteger("crash.outage.seconds", 30),
                System.getProperty("crash.h2.options", ""));
    }

    /** 0 or unset: a new seed each run (printed, so a run can be repeated). */
    private static long randomSeedUnlessGiven() {
        long seed = Long.getLong("crash.seed", 0);
        return seed != 0 ? seed : System.nanoTime() % 1_000_000_000L;
    }

    boolean runsKills() {
        return !scenario.equals("outage");
    }

    boolean runsOutage() {
        return !scenario.equals("kill");
    }

    /** Everything a run writes: server logs, the H2 file, the PostgreSQL cluster. */
    Path workDir() {
        return root.resolve("target/crash");
    }
}
