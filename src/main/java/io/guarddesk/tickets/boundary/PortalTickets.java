package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.RateLimits;
import io.guarddesk.platform.Validation;
import io.guarddesk.tickets.control.AccessKeys;
import io.guarddesk.tickets.control.Intake;
import io.guarddesk.tickets.control.SubmissionForm;
import io.guarddesk.tickets.control.TicketSummary;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.Requester;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tickets of a customer signed in to the portal, i.e. of a verified address (R1.7): their
 * list, a private link to each, and new tickets that are verified at once. Tickets that still
 * wait for confirmation stay waiting: only their own link confirms them, since a stranger may
 * have typed this address, and "this wasn't me" may have stopped them.
 */
@Boundary
public class PortalTickets {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityTagging tagging;

    @Inject
    Clock clock;

    @Inject
    Validation validation;

    @Inject
    RateLimits rateLimits;

    @Inject
    PublicLimits limits;

    public List<TicketSummary> of(String verifiedEmail) {
        return em.createQuery("SELECT t FROM Ticket t WHERE t.requesterEmail = :email ORDER BY t.updatedAt DESC", Ticket.class)
                .setParameter("email", verifiedEmail)
                .setMaxResults(200)
                .getResultStream()
                // the customer sees no routing internals
                .map(t -> new TicketSummary(t.getReference().value(), t.getSubject(), t.getStatus(), t.getCategory(),
                        t.getRequesterName(), null, t.getCreatedAt(), t.getUpdatedAt(), false, null, null, null))
                .toList();
    }

    /** A fresh private link to one of the customer's own tickets; someone else's is "not found". */
    public Optional<String> linkTo(String verifiedEmail, String reference) {
        return Reference.parse(reference)
                .flatMap(r -> em.createNamedQuery(Ticket.BY_REFERENCE, Ticket.class).setParameter("reference", r)
                        .getResultStream().findFirst())
                .filter(t -> t.getRequesterEmail().equals(verifiedEmail))
                .map(t -> AccessKeys.issue(em, t, clock.instant()));
    }

    /** A new ticket from a signed-in customer: verified at once, straight into the queue. */
    public String submit(SubmissionForm form, String verifiedEmail, Locale locale) {
        rateLimits.consume(limits.perAddress(), verifiedEmail);
        form.setEmail(verifiedEmail);
        form.setName(Intake.line(form.getName()));
        form.setSubject(Intake.line(form.getSubject()));
        form.setMessage(Intake.body(form.getMessage()));
        validation.check(form, locale);
        var now = clock.instant();
        var ticket = new Ticket(Reference.random(), new Requester(form.getName(), verifiedEmail, locale),
                Category.valueOf(form.getCategory()), Channel.PORTAL, form.getSubject(), TicketStatus.NEW, now);
        ticket.requesterAlreadyVerified(now);
        ticket.addCustomerMessage(form.getMessage(), now);
        em.persist(ticket);
        tagging.atIntake(ticket, form.getMessage());
        em.flush();
        return ticket.getReference().value();
    }
}
