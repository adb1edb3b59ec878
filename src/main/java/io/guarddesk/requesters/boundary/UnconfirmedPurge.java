package io.guarddesk.requesters.boundary;

import io.guarddesk.platform.Boundary;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    @ConfigProperty(name = "guarddesk.unconfirmed-days", defaultValue = "7")
    long days;

    /** Deletes one batch of expired unconfirmed tickets; answers how many went. */
    public int purge() {
        List<Long> ids = em.createQuery("SELECT t.id FROM Ticket t WHERE t.status = :pending AND t.createdAt < :cutoff "
                        + "AND NOT EXISTS (SELECT r FROM Ticket r WHERE r.relatedTicket = t)", Long.class)
                .setParameter("pending", TicketStatus.PENDING_VERIFICATION)
                .setParameter("cutoff", clock.instant().minus(Duration.ofDays(days)))
                .setMaxResults(BATCH)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        for (var entity : List.of("Confirmation c WHERE c.ticket.id", "TicketAccessKey k WHERE k.ticket.id",
                "Message m WHERE m.ticket.id", "Ticket t WHERE t.id")) {
            em.createQuery("DELETE FROM " + entity + " IN :ids").setParameter("ids", ids).executeUpdate();
        }
        return ids.size();
    }
}
