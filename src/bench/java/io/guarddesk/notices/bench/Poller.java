package io.guarddesk.notices.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs one request every {@code period} on a thread of its own until stopped. The next request is
 * due one period after the previous one was due; when an answer came later than that, the next
 * request goes at once and the missed ones are dropped, so a slow server sees no burst of
 * catch-up requests (which would make it slower still and inflate the figures).
 */
final class Poller {

    private final Thread thread;
    private volatile boolean stopped;

    Poller(String name, Duration period, Runnable request) {
        this.thread = new Thread(() -> loop(period.toNanos(), request), name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops after the request under way, if any, and waits for it. */
    void stop() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(60));
    }

    private void loop(long periodNanos, Runnable request) {
        long due = System.nanoTime();
        while (!stopped) {
            request.run();
            due = Math.max(due + periodNanos, System.nanoTime());
            try {
                TimeUnit.NANOSECONDS.sleep(due - System.nanoTime());
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
