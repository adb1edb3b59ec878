package io.guarddesk.tickets.boundary;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.platform.Boundary;
import io.guarddesk.tickets.entity.AcknowledgementOverdue;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Escalates security tickets nobody acknowledged in time (R3.3): first every supervisor, then,
 * a while later, the privacy officer. Every instance runs this; each step of each ticket is
 * claimed by a conditional UPDATE on its escalation level, so exactly one instance's claim
 * counts and the escalation happens exactly once. The claim, the notices and the audit entry
 * commit together; a failure rolls them back and the next run tries again.
 */
@Boundary
public class AcknowledgementEscalations {

    static final int BATCH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SlaSettings sla;

    @Inject
    Event<AcknowledgementOverdue> overdue;

    @Inject
    Event<SensitiveAction> audit;

    /** Escalates what is due at the clock's now; answers how many steps this instance claimed. */
    public int escalateDue() {
        var now = clock.instant();
        return escalate(1, now) + escalate(2, now.minus(sla.privacyOfficerAfter()));
    }

    private int escalate(int level, Instant dueBefore) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("SELECT id, reference, ack_due_at FROM ticket WHERE escalation_level = ? "
                        + "AND ack_due_at <= ? AND security = TRUE AND acknowledged_at IS NULL ORDER BY ack_due_at")
                .setParameter(1, level - 1)
                .setParameter(2, OffsetDateTime.ofInstant(dueBefore, ZoneOffset.UTC))
                .setMaxResults(BATCH)
                .getResultList();
        int claimed = 0;
        for (var row : due) {
            long id = ((Number) row[0]).longValue();
            int updated = em.createNativeQuery("UPDATE ticket SET escalation_level = ? WHERE id = ? AND escalation_level = ? "
                            + "AND security = TRUE AND acknowledged_at IS NULL")
                    .setParameter(1, level).setParameter(2, id).setParameter(3, level - 1)
                    .executeUpdate();
            if (updated == 1) {
                var reference = (String) row[1];
                var dueAt = instant(row[2]);
                overdue.fire(new AcknowledgementOverdue(id, reference, level, dueAt));
                audit.fire(SensitiveAction.of("system", AuditAction.ESCALATION, reference, "OK").withDetail("acknowledgement overdue, level " + level));
                claimed++;
            }
        }
        return claimed;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
