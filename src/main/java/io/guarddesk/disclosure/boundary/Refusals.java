package io.guarddesk.disclosure.boundary;

import io.guarddesk.disclosure.control.GateDecision;
import io.guarddesk.disclosure.control.RefusalView;
import io.guarddesk.disclosure.entity.GuardRefusal;
import io.guarddesk.disclosure.entity.GuardRefused;
import io.guarddesk.disclosure.entity.GuardReleased;
import io.guarddesk.staff.entity.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The record of every refusal and release (R2.5, R2.7), written in the transaction of the reply
 * that was refused or released; the events let the audit log chain them (R6.1).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Refusals {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<GuardRefused> refusedEvent;

    @Inject
    Event<GuardReleased> releasedEvent;

    public RefusalView record(Long ticketId, StaffUser author, GateDecision.Refused refused, String draft, String draftStatus) {
        var lines = RefusalView.lines(refused);
        var refusal = new GuardRefusal(ticketId, "REPLY", author, lines, refused.releasable(), draft, draftStatus, clock.instant());
        em.persist(refusal);
        em.flush();
        refusedEvent.fire(new GuardRefused(refusal.getId(), ticketId, author.getUsername(), lines));
        return RefusalView.of(refusal);
    }

    public List<RefusalView> forTicket(long ticketId) {
        return em.createNamedQuery(GuardRefusal.FOR_TICKET, GuardRefusal.class).setParameter("ticketId", ticketId)
                .setMaxResults(50).getResultStream().map(RefusalView::of).toList();
    }

    /** A held refusal of this ticket, locked for its release; empty for any other id. */
    public Optional<GuardRefusal> held(long refusalId, long ticketId) {
        return Optional.ofNullable(em.find(GuardRefusal.class, refusalId, LockModeType.PESSIMISTIC_WRITE))
                .filter(r -> r.getTicketId() != null && r.getTicketId() == ticketId && r.getState() == GuardRefusal.State.HELD);
    }

    public RefusalView released(GuardRefusal refusal, StaffUser supervisor, String justification) {
        refusal.release(supervisor, justification, clock.instant());
        releasedEvent.fire(new GuardReleased(refusal.getId(), refusal.getTicketId(), supervisor.getUsername()));
        return RefusalView.of(refusal);
    }
}
