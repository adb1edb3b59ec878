package io.guarddesk.incidents.control;

import io.guarddesk.incidents.entity.IncidentCounter;
import io.guarddesk.incidents.entity.IncidentReference;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Hands out INC-&lt;year&gt;-&lt;n&gt; under the lock of the counter row. The lock is held until the
 * opening transaction ends, which also makes "is an incident already open for this ticket?"
 * answerable without a race: every opening waits for the one before it.
 */
public final class IncidentNumbers {

    private final EntityManager em;

    public IncidentNumbers(EntityManager em) {
        this.em = em;
    }

    public IncidentReference next(Instant now, ZoneId zone) {
        var counter = em.find(IncidentCounter.class, IncidentCounter.ID, LockModeType.PESSIMISTIC_WRITE);
        return counter.next(now.atZone(zone).getYear());
    }
}
