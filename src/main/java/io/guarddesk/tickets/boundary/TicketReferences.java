package io.guarddesk.tickets.boundary;

import io.guarddesk.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * A ticket's reference number by its internal id, for features whose events carry the id (the
 * audit log names tickets by reference, R6.1). Runs in the caller's transaction, where the ticket
 * is usually already loaded.
 */
@ApplicationScoped
public class TicketReferences {

    @PersistenceContext
    EntityManager em;

    public Optional<String> of(Long ticketId) {
        return ticketId == null ? Optional.empty()
                : Optional.ofNullable(em.find(Ticket.class, ticketId)).map(t -> t.getReference().value());
    }
}
