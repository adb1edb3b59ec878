package io.guarddesk.crash;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client of the load: works through its own submissions and the replies to its own tickets
 * (no two clients reply to one ticket, so a reply never meets a concurrent change of the same
 * ticket), one request per turn.
 */
final class LoadClient implements Runnable {

    /** A definite refusal is tried again this often, e.g. a 404 while the application deploys. */
    static final int MAX_ANSWERED_ATTEMPTS = 5;

    private final Deque<Work> queue;
    private final Turns turns;
    private final String agent;
    private final AtomicInteger finished;

    LoadClient(List<Work> work, Turns turns, String agent, AtomicInteger finished) {
        this.queue = new ArrayDeque<>(work);
        this.turns = turns;
        this.agent = agent;
        this.finished = finished;
    }

    @Override
    public void run() {
        try {
            while (!queue.isEmpty()) {
                var work = queue.peekFirst();
                var turn = turns.take();
                Http.Outcome outcome;
                try {
                    outcome = send(turn.http(), work);
                } finally {
                    turns.done();
                }
                if (record(work, turn.incarnation(), outcome)) {
                    queue.pollFirst();
                    finished.incrementAndGet();
                } else if (outcome instanceof Http.Refused) {
                    // the server is down: wait for the gate to close rather than spin on a dead port
                    Thread.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Http.Outcome send(Http http, Work work) {
        return switch (work.kind) {
            case SUBMISSION -> http.post("api/tickets", Desk.submission(work.key, "Crash submission " + work.index,
                    "Submitted while the server is being killed."), Map.of());
            case REPLY -> http.post("api/tickets/" + work.ticket.reference() + "/replies",
                    "{\"body\":" + Http.quote(Work.replyBody(work.key)) + "}", Map.of("Authorization", agent));
        };
    }

    /** Records the attempt; answers whether this work is finished. */
    private static boolean record(Work work, int incarnation, Http.Outcome outcome) {
        if (outcome instanceof Http.Answered answered && answered.ok()) {
            work.record(new Work.Attempt(incarnation, Work.Result.SAVED, answered.status(), answered.millis(), System.currentTimeMillis()));
            if (work.kind == Work.Kind.SUBMISSION) {
                var json = answered.jsonOrNull();
                work.savedAs(json == null ? null : json.getString("reference", null));
            }
            return true;
        }
        if (outcome instanceof Http.Answered answered) {
            work.record(new Work.Attempt(incarnation, Work.Result.FAILED, answered.status(), answered.millis(), System.currentTimeMillis()));
            return work.count(Work.Result.FAILED) >= MAX_ANSWERED_ATTEMPTS;
        }
        if (outcome instanceof Http.Lost lost) {
            work.record(new Work.Attempt(incarnation, Work.Result.UNKNOWN, 0, lost.millis(), System.currentTimeMillis()));
            return true;
        }
        work.record(new Work.Attempt(incarnation, Work.Result.REFUSED, 0, 0, System.currentTimeMillis()));
        return false;
    }
}
