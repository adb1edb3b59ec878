package io.guarddesk.incidents.control;

import io.guarddesk.incidents.entity.Deadline;
import io.guarddesk.incidents.entity.Incident;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds overdue deadlines nobody has announced yet and claims each in the database, so that with
 * several instances polling side by side every deadline is announced exactly once (R3.4, and the
 * ARCHITECTURE rule: jobs that must run once claim their work from the database).
 */
public final class OverdueClaims {

    private final EntityManager em;

    public OverdueClaims(EntityManager em) {
        this.em = em;
    }

    /** A deadline of an open incident that is overdue at the moment asked and not announced yet. */
    public record Candidate(long incidentId, String reference, Deadline deadline, Instant due) {
    }

    /** Every unannounced overdue deadline of every open incident at {@code now}. */
    public List<Candidate> find(Deadlines deadlines, Instant now) {
        var found = new ArrayList<Candidate>();
        for (var incident : em.createNamedQuery(Incident.NOT_YET_ANNOUNCED, Incident.class).getResultList()) {
            for (var clock : deadlines.clocks(incident.facts(), incident.reports(), now)) {
                if (clock.overdue() && !incident.overdueAnnounced(clock.deadline())) {
                    found.add(new Candidate(incident.getId(), incident.getReference().value(), clock.deadline(), clock.due()));
                }
            }
        }
        return found;
    }

    /**
     * {@code UPDATE … SET flag = TRUE WHERE id = ? AND flag = FALSE}: true only for the one
     * transaction whose update counted the row. The row stays locked until that transaction
     * ends, so a competitor waits and then counts none. Native SQL, because EclipseLink's JPQL
     * bulk update also raises the version, and a claim is not a change a supervisor editing the
     * incident should be refused for.
     */
    public boolean claim(long incidentId, Deadline deadline) {
        return setFlag(incidentId, deadline, true) == 1;
    }

    /** Undoes a claim inside the claiming transaction, for a deadline that turned out not to be overdue. */
    public void release(long incidentId, Deadline deadline) {
        setFlag(incidentId, deadline, false);
    }

    private int setFlag(long incidentId, Deadline deadline, boolean value) {
        var flag = Incident.announcementColumn(deadline);
        return em.createNativeQuery("UPDATE incident SET " + flag + " = ?1 WHERE id = ?2 AND " + flag + " = ?3")
                .setParameter(1, value)
                .setParameter(2, incidentId)
                .setParameter(3, !value)
                .executeUpdate();
    }
}
