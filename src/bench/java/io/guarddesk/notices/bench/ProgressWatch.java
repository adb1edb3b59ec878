package io.guarddesk.notices.bench;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Follows a notice through {@code GET /api/notices/{id}}, one request per call, as a script or
 * dashboard would: records each request's latency and the first moments at which
 * <ul>
 * <li>the status is {@code SENT}: every recipient's message has been written to the outbox, i.e.
 *     is queued for sending ("written");</li>
 * <li>the status is {@code SENT} and {@code progress.queued} is 0: the relay has also handed every
 *     message on ("delivered"). Both are required, because {@code queued} counts recipients still
 *     waiting for the scheduler together with mails waiting in the outbox, and it can touch 0 for
 *     a moment before the scheduler's last step marks the notice sent.</li>
 * </ul>
 * The moments are taken when the answer arrives, so they lie up to one period plus one latency
 * after the event: an upper bound.
 */
final class ProgressWatch implements Runnable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int REPORT_EVERY = 25;

    private final Api api;
    private final String path;
    private final long approvalNanos;
    private final Latencies latencies = new Latencies();
    private final CountDownLatch delivered = new CountDownLatch(1);

    private volatile long writtenNanos = -1;
    private volatile long deliveredNanos = -1;
    private int polls;

    ProgressWatch(Api api, long noticeId, long approvalNanos) {
        this.api = api;
        this.path = "api/notices/" + noticeId;
        this.approvalNanos = approvalNanos;
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        try {
            var answer = api.get(path, TIMEOUT);
            long arrived = System.nanoTime();
            latencies.add(answer.nanos(), answer.status() == 200);
            if (answer.status() == 200) {
                observe(answer.json(), arrived);
            }
        } catch (IOException e) {
            latencies.add(System.nanoTime() - start, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void observe(JsonObject notice, long arrived) {
        boolean sent = "SENT".equals(notice.getString("status"));
        if (sent && writtenNanos < 0) {
            writtenNanos = arrived;
            System.out.printf("  %7.1f s  all %,d written to the outbox (status SENT)%n", sinceApproval(arrived), total(notice));
        }
        if (sent && queued(notice) == 0 && deliveredNanos < 0) {
            deliveredNanos = arrived;
            System.out.printf("  %7.1f s  all delivered by the relay (queued 0)%n", sinceApproval(arrived));
            delivered.countDown();
        }
        if (++polls % REPORT_EVERY == 0 && deliveredNanos < 0) {
            System.out.printf("  %7.1f s  %-9s queued %,d of %,d%n", sinceApproval(arrived), notice.getString("status"),
                    queued(notice), total(notice));
        }
    }

    /** Whether everything was delivered within {@code timeout}. */
    boolean awaitDelivered(Duration timeout) throws InterruptedException {
        return delivered.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    Latencies latencies() {
        return latencies;
    }

    /** Seconds from the approval's answer until every message was in the outbox; NaN when never seen. */
    double writtenSeconds() {
        return writtenNanos < 0 ? Double.NaN : (writtenNanos - approvalNanos) / 1e9;
    }

    /** Seconds from the approval's answer until the relay had handed every message on; NaN when never seen. */
    double deliveredSeconds() {
        return deliveredNanos < 0 ? Double.NaN : (deliveredNanos - approvalNanos) / 1e9;
    }

    private double sinceApproval(long nanos) {
        return (nanos - approvalNanos) / 1e9;
    }

    static long queued(JsonObject notice) {
        return notice.getJsonObject("progress").getJsonNumber("queued").longValue();
    }

    static long total(JsonObject notice) {
        return notice.getJsonObject("progress").getJsonNumber("total").longValue();
    }
}
