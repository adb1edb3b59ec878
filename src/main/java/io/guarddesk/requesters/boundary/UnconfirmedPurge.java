package io.guarddesk.requesters.boundary;

import io.guarddesk.mail.boundary.Outbox;
import io.guarddesk.platform.Boundary;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * R1.5: a ticket nobody confirmed is deleted with everything it holds after a week
 * ({@code GUARDDESK_UNCONFIRMED_DAYS}). What a stranger typed is not kept around. A ticket that
 * a "this wasn't me" report points to stays: it is the evidence. Deleting is idempotent, so
 * several instances may run the purge side by side.
 */
@Boundary
public class UnconfirmedPurge {

    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "guarddesk.unconfirmed-days", defaultValue = "7")
    long days;

    /** Deletes one batch of expired unconfirmed tickets; answers how many went. */
    public int purge() {
        List<Long> candidates = em.createQuery("SELECT t.id FROM Ticket t WHERE t.status = :pending AND t.createdAt < :cutoff "
                        + "AND NOT EXISTS (SELECT r FROM Ticket r WHERE r.relatedTicket = t)", Long.class)
                .setParameter("pending", TicketStatus.PENDING_VERIFICATION)
                .setParameter("cutoff", clock.instant().minus(Duration.ofDays(days)))
                .setMaxResults(BATCH)
                .getResultList();
        if (candidates.isEmpty()) {
            return 0;
        }
        // Locked, as confirming locks the ticket first; the status is checked again under the
        // lock, so a ticket confirmed meanwhile is not deleted.
        List<Ticket> doomed = em.createQuery("SELECT t FROM Ticket t WHERE t.id IN :ids AND t.status = :pending", Ticket.class)
                .setParameter("ids", candidates)
                .setParameter("pending", TicketStatus.PENDING_VERIFICATION)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (doomed.isEmpty()) {
            return 0;
        }
        // mail still waiting to go out about them would only carry dead links
        doomed.forEach(t -> outbox.suppress(t.getRequesterEmail(), t.getId()));
        var ids = doomed.stream().map(Ticket::getId).toList();
        em.flush();
        em.clear();
        for (var entity : List.of("Confirmation c WHERE c.ticket.id", "TicketAccessKey k WHERE k.ticket.id",
                "Message m WHERE m.ticket.id", "Ticket t WHERE t.id")) {
            em.createQuery("DELETE FROM " + entity + " IN :ids").setParameter("ids", ids).executeUpdate();
        }
        return ids.size();
    }
}
