package io.guarddesk.tickets.entity;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the changes to tickets and their messages written by this server, so a number derived
 * from them (the queue's counts) can tell that it may be out of date. A plain counter rather than a
 * CDI event: it is bumped inside EclipseLink's flush, where it must cost nothing and fail never.
 * Changes written by the other servers of a cluster are not seen here; see {@code QueueCounts}.
 */
public class TicketChanges {

    private static final AtomicLong GENERATION = new AtomicLong();

    public static long generation() {
        return GENERATION.get();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    public void changed(Object entity) {
        GENERATION.incrementAndGet();
    }
}
