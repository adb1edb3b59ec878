package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.Boundary;
import io.guarddesk.tickets.control.Placeholders;
import io.guarddesk.tickets.control.TicketView;
import io.guarddesk.tickets.entity.CannedReply;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Canned replies, filled in for a ticket. */
@Boundary
public class CannedReplies {

    @PersistenceContext
    EntityManager em;

    public List<CannedReply> all() {
        return em.createQuery("SELECT c FROM CannedReply c ORDER BY c.language, c.title", CannedReply.class).getResultList();
    }

    public Optional<String> render(long id, TicketView ticket, String agentName) {
        return Optional.ofNullable(em.find(CannedReply.class, id))
                .map(reply -> Placeholders.fill(reply.getBody(), Map.of(
                        "requester.name", ticket.requesterName(),
                        "ticket.reference", ticket.reference(),
                        "ticket.subject", ticket.subject(),
                        "agent.name", agentName)));
    }
}
