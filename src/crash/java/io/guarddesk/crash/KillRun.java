package io.guarddesk.crash;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The kill -9 scenario: confirmed tickets first, then N submissions and M replies from several
 * clients while {@link Chaos} kills and restarts the server; then the outbox drains, the server
 * stops cleanly and {@link Verification} compares the ledger, the database and the mails.
 */
final class KillRun {

    /** What the run did, for the verification. */
    record Outcome(String run, List<Desk.Confirmed> tickets, List<Work> work, List<Chaos.Kill> kills,
                   Duration firstBoot, boolean drained, Duration elapsed) {
    }

    private final CrashSettings settings;
    private final GuarddeskServer server;
    private final MailSink mail;
    private final String run;

    KillRun(CrashSettings settings, GuarddeskServer server, MailSink mail, String run) {
        this.settings = settings;
        this.server = server;
        this.mail = mail;
        this.run = run;
    }

    Outcome run() throws Exception {
        long start = System.nanoTime();
        var random = new Random(settings.seed());
        server.start();
        var firstBoot = server.awaitReady();
        Chaos.log("server up in " + firstBoot.toMillis() / 1000.0 + " s (pid " + server.pid() + ", log " + server.logFile() + ")");
        var http = new Http(settings.port());
        var desk = new Desk(http, mail);
        var agent = desk.agentToken("crash-" + run);
        var tickets = desk.confirmedTickets(run, settings.tickets(), Math.max(1, settings.clients()));
        Chaos.log(tickets.size() + " tickets submitted and confirmed through their mails");

        var work = new ArrayList<Work>();
        var perClient = new ArrayList<List<Work>>();
        for (int c = 0; c < settings.clients(); c++) {
            perClient.add(new ArrayList<>());
        }
        for (int i = 0; i < settings.submissions(); i++) {
            var item = new Work(Work.Kind.SUBMISSION, i, "crash-" + run + "-s" + i + "@example.com", null);
            work.add(item);
            perClient.get(i % settings.clients()).add(item);
        }
        for (int j = 0; j < settings.replies(); j++) {
            var ticket = tickets.get(j % tickets.size());
            var item = new Work(Work.Kind.REPLY, j, Work.replyMarker(run, j), ticket);
            work.add(item);
            // a ticket belongs to one client: its replies never race each other
            perClient.get(ticket.index() % settings.clients()).add(item);
        }
        perClient.forEach(list -> Collections.shuffle(list, random));

        var turns = new Turns();
        var finished = new AtomicInteger();
        turns.open(http, server.incarnation());
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < settings.clients(); c++) {
            var thread = new Thread(new LoadClient(perClient.get(c), turns, agent, finished), "load-" + c);
            thread.start();
            threads.add(thread);
        }
        var chaos = new Chaos(server, settings, turns, random);
        var kills = chaos.run(work.size(), finished);
        for (var thread : threads) {
            thread.join(Duration.ofMinutes(15).toMillis());
            if (thread.isAlive()) {
                throw new IllegalStateException(thread.getName() + " did not finish within 15 minutes after the last restart");
            }
        }
        Chaos.log("load finished: " + finished.get() + "/" + work.size() + "; waiting for the outbox to drain");
        var quiet = Duration.ofSeconds(2L * settings.leaseSeconds() + 5);
        boolean drained = mail.awaitQuiet(quiet, Duration.ofMinutes(5));
        Chaos.log((drained ? "no new mail for " + quiet.toSeconds() + " s" : "mail still arriving after 5 min") + "; "
                + mail.count() + " deliveries; stopping the server");
        server.stop();
        return new Outcome(run, tickets, work, kills, firstBoot, drained, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The server's environment for this scenario: SMTP to the sink, short leases, limits out of the way. */
    static Map<String, String> environment(CrashSettings settings, MailSink mail, Map<String, String> database) {
        var env = new java.util.HashMap<>(database);
        env.put("GUARDDESK_DEMO_DATA", "true");
        env.put("GUARDDESK_PUBLIC_URL", "http://localhost:" + settings.port());
        env.put("GUARDDESK_SMTP_HOST", "127.0.0.1");
        env.put("GUARDDESK_SMTP_PORT", Integer.toString(mail.port()));
        env.put("GUARDDESK_SMTP_STARTTLS", "false");
        env.put("GUARDDESK_MAIL_POLL_MILLIS", "200");
        env.put("GUARDDESK_MAIL_LEASE_SECONDS", Integer.toString(settings.leaseSeconds()));
        env.put("GUARDDESK_MAIL_RETRY_BASE_SECONDS", "1");
        // every request comes from 127.0.0.1; each address is used once, but a retried submission uses it again
        env.put("GUARDDESK_LIMITS_PER_CLIENT_PER_HOUR", "1000000");
        env.put("GUARDDESK_LIMITS_PER_ADDRESS_PER_HOUR", "1000");
        env.put("GUARDDESK_LIMITS_CONFIRMATION_MAILS_PER_ADDRESS_PER_HOUR", "1000");
        env.put("GUARDDESK_LIMITS_CONFIRMATION_MAILS_PER_ADDRESS_PER_DAY", "1000");
        env.put("GUARDDESK_RESET_SECRET", "crash-harness-reset-secret-0123456789abcdef");
        return env;
    }
}
