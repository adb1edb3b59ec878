package io.guarddesk.notices.bench;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads the supervisor's progress page {@code /supervisor/notice?id=…} in full, one request per
 * call, and records each load's latency and status: "the progress page stays responsive" is a
 * statement about this page while the scheduler is writing the outbox. A full GET builds the
 * whole view (notice, progress counts, templates); the page's own 2-second ajax poll re-reads
 * only the progress, so this is the heavier of the two.
 */
final class PageWatch implements Runnable {

    /** Only the notice's own page has it: the sign-in page and the "not found" panel do not. */
    private static final String MARKER = "id=\"recipient-count\"";

    private final PageSession session;
    private final String path;
    private final Latencies latencies = new Latencies();
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    PageWatch(PageSession session, long noticeId) {
        this.session = session;
        this.path = "supervisor/notice?id=" + noticeId;
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        try {
            var answer = session.get(path, MARKER);
            latencies.add(answer.nanos(), answer.expected());
            statuses.merge(answer.status(), 1, Integer::sum);
        } catch (IOException e) {
            latencies.add(System.nanoTime() - start, false);
            statuses.merge(-1, 1, Integer::sum);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Latencies latencies() {
        return latencies;
    }

    /** How many answers had each HTTP status; -1 for no answer (timeout, connection refused). */
    Map<Integer, Integer> statuses() {
        return statuses;
    }
}
