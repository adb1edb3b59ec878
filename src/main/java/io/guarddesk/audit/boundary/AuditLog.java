package io.guarddesk.audit.boundary;

import io.guarddesk.audit.control.AuditChain;
import io.guarddesk.audit.control.AuditEvents;
import io.guarddesk.audit.control.AuditRow;
import io.guarddesk.audit.control.Verification;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.disclosure.entity.GuardRefused;
import io.guarddesk.disclosure.entity.GuardReleased;
import io.guarddesk.platform.Boundary;
import io.guarddesk.tickets.boundary.TicketReferences;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * The audit log (R6): features fire {@link SensitiveAction} (and the guard its own events)
 * synchronously inside their transaction; the observers here run in that same transaction, since
 * the container calls an observer through the bean's proxy, where this boundary's
 * {@code @Transactional(REQUIRED)} joins the transaction it finds. The entry therefore commits or
 * rolls back with the action, and a failure to write it fails the action. Entries are only ever
 * appended: nothing here, nor in the API, changes or deletes one.
 *
 * <p>An append holds the chain's head lock until the action commits: fire the event once the
 * action has taken its own locks, so no transaction waits for a row while holding the head.
 */
@Boundary
public class AuditLog {

    static final int VERIFY_PAGE = 500;
    public static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TicketReferences tickets;

    public void onSensitiveAction(@Observes SensitiveAction action) {
        chain().append(action, clock.instant());
    }

    public void onGuardRefused(@Observes GuardRefused refused) {
        chain().append(AuditEvents.refusal(refused, tickets.of(refused.ticketId())), clock.instant());
    }

    public void onGuardReleased(@Observes GuardReleased released) {
        chain().append(AuditEvents.release(released, tickets.of(released.ticketId())), clock.instant());
    }

    /**
     * Walks the whole chain (R6.2) and records that {@code actor} did, with the result: a
     * verification is itself a sensitive action.
     */
    public Verification verify(String actor) {
        var result = chain().verify(VERIFY_PAGE);
        chain().append(AuditEvents.verified(actor, result), clock.instant());
        return result;
    }

    /** Entries after {@code afterSeq} in seq order, at most {@code limit} (1 to {@link #MAX_PAGE}). */
    public List<AuditRow> after(long afterSeq, int limit) {
        return chain().range(afterSeq, Long.MAX_VALUE, bounded(limit)).stream().map(AuditRow::of).toList();
    }

    /** Newest first, skipping {@code offset} entries, for the admin page. */
    public List<AuditRow> newest(int offset, int limit) {
        return chain().newest(Math.max(0, offset), bounded(limit)).stream().map(AuditRow::of).toList();
    }

    /** The number of the newest entry; as many entries exist unless some were deleted. */
    public long lastSeq() {
        return chain().lastSeq();
    }

    private AuditChain chain() {
        return new AuditChain(em);
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(MAX_PAGE, limit));
    }
}
