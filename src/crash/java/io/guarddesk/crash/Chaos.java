package io.guarddesk.crash;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Kills the server at random moments while the load runs, and starts it again. The load is
 * spread over the server's lives: each life gets an equal share of what is left, and the kill
 * comes after a random part of that share has started (plus a random few hundred ms), so that
 * requests, commits and mail deliveries are under way when it comes. Every restart must answer
 * before the next kill.
 */
final class Chaos {

    /** One kill: how long that life lasted, what was in flight, how long the next boot took. */
    record Kill(int number, long pid, long killedAt, Duration uptime, int startedInLife, int inFlight, Duration nextBoot) {
    }

    private static final Duration LONGEST_LIFE = Duration.ofSeconds(45);

    private final GuarddeskServer server;
    private final CrashSettings settings;
    private final Turns turns;
    private final Random random;
    private final List<Kill> kills = new ArrayList<>();

    Chaos(GuarddeskServer server, CrashSettings settings, Turns turns, Random random) {
        this.server = server;
        this.settings = settings;
        this.turns = turns;
        this.random = random;
    }

    /** Runs every life of the server; the first is already up and open. Returns when the last life has all the load. */
    List<Kill> run(int total, AtomicInteger finished) throws InterruptedException {
        for (int life = 0; life < settings.kills(); life++) {
            var upSince = Instant.now();
            int lives = settings.kills() + 1 - life;
            int quota = Math.max(1, (total - finished.get() + lives - 1) / lives);
            int before = turns.started();
            turns.allow(quota);
            int target = before + Math.max(1, (int) Math.round(quota * (0.25 + 0.7 * random.nextDouble())));
            while (turns.started() < target && finished.get() < total
                    && Duration.between(upSince, Instant.now()).compareTo(LONGEST_LIFE) < 0) {
                Thread.sleep(20);
            }
            Thread.sleep(random.nextInt(400));
            turns.close();
            int inFlight = turns.inFlight();
            long pid = server.pid();
            var uptime = Duration.between(upSince, Instant.now());
            long killedAt = System.currentTimeMillis();
            server.kill();
            server.start();
            var boot = server.awaitReady();
            kills.add(new Kill(life + 1, pid, killedAt, uptime, turns.started() - before, inFlight, boot));
            log(String.format("kill %2d/%d: pid %d after %4.1f s up, %3d requests started in that life, %2d in flight; "
                            + "back in %4.1f s; %d/%d done",
                    life + 1, settings.kills(), pid, uptime.toMillis() / 1000.0, turns.started() - before, inFlight,
                    boot.toMillis() / 1000.0, finished.get(), total));
            turns.open(new Http(settings.port()), server.incarnation());
        }
        // the last life takes whatever is left
        turns.allow(1_000_000);
        return kills;
    }

    List<Kill> kills() {
        return kills;
    }

    static void log(String line) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), line);
        System.out.flush();
    }
}
