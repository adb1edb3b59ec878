package io.guarddesk.crash;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Paces the load across the server's lives: the chaos thread opens the gate when a new
 * incarnation answers (with a fresh {@link Http}), hands out a quota of requests for this life,
 * and closes the gate just before it kills. Clients take one turn per request.
 */
final class Turns {

    private final Semaphore permits = new Semaphore(0);
    private final Object gate = new Object();
    private Http http;
    private int incarnation;
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();

    /** One request's turn: the server it may talk to. */
    record Turn(Http http, int incarnation) {
    }

    Turn take() throws InterruptedException {
        permits.acquire();
        synchronized (gate) {
            while (http == null) {
                gate.wait();
            }
            started.incrementAndGet();
            inFlight.incrementAndGet();
            return new Turn(http, incarnation);
        }
    }

    void done() {
        inFlight.decrementAndGet();
    }

    void open(Http http, int incarnation) {
        synchronized (gate) {
            this.http = http;
            this.incarnation = incarnation;
            gate.notifyAll();
        }
    }

    void close() {
        synchronized (gate) {
            http = null;
        }
    }

    void allow(int requests) {
        permits.release(requests);
    }

    int started() {
        return started.get();
    }

    int inFlight() {
        return inFlight.get();
    }
}
