package io.guarddesk.crash;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One request the load must get through (a submission or a reply) and every attempt at it. A
 * refused connection reached nothing and is tried again; a request sent and never answered is an
 * unknown outcome and is not repeated (a repeat could only blur what the server did with it).
 */
final class Work {

    enum Kind { SUBMISSION, REPLY }

    enum Result {
        /** 2xx: the server said it is saved. */
        SAVED,
        /** Any other answer: the server said it is not. */
        FAILED,
        /** The connection was refused: nothing was sent. */
        REFUSED,
        /** Sent, no answer: either outcome is allowed. */
        UNKNOWN
    }

    /** {@code answeredAt}: wall-clock millis when the answer (or the failure) came. */
    record Attempt(int incarnation, Result result, int status, long millis, long answeredAt) {
    }

    final Kind kind;
    final int index;
    /** The submission's unique address, or the reply's unique marker. */
    final String key;
    /** For a reply: the ticket it answers. */
    final Desk.Confirmed ticket;
    private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
    private volatile String reference;

    Work(Kind kind, int index, String key, Desk.Confirmed ticket) {
        this.kind = kind;
        this.index = index;
        this.key = key;
        this.ticket = ticket;
    }

    void record(Attempt attempt) {
        attempts.add(attempt);
    }

    void savedAs(String reference) {
        this.reference = reference;
    }

    String reference() {
        return reference;
    }

    List<Attempt> attempts() {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }

    long count(Result result) {
        return attempts().stream().filter(a -> a.result() == result).count();
    }

    /** How the load sees it in the end: SAVED if any attempt was, else UNKNOWN if any was lost, else FAILED. */
    Result outcome() {
        if (count(Result.SAVED) > 0) {
            return Result.SAVED;
        }
        return count(Result.UNKNOWN) > 0 ? Result.UNKNOWN : Result.FAILED;
    }

    /** The reply's text: the marker is how the database and the ledger find each other. */
    static String replyBody(String marker) {
        return "Thank you for your patience. We are looking into it. (" + marker + ")";
    }

    static String replyMarker(String run, int index) {
        return "crash check " + run + " reply " + index;
    }
}
