package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.RateLimits;
import io.guarddesk.platform.Validation;
import io.guarddesk.tickets.control.AccessKeys;
import io.guarddesk.tickets.control.CustomerView;
import io.guarddesk.tickets.control.Intake;
import io.guarddesk.tickets.control.SubmissionForm;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.Requester;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketAccessKey;
import io.guarddesk.tickets.entity.TicketSubmitted;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Locale;

/**
 * The customer's side: submitting a ticket and following it through the private link. Every
 * call is rate-limited per client, each method is one transaction, and nothing is answered
 * "saved" before it committed (R7.1).
 */
@Boundary
public class CustomerTickets {

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

    @Inject
    Event<TicketSubmitted> submitted;

    /**
     * A customer's new ticket. It waits for the requester to confirm the address (R1.1): the
     * answer is only the reference number, the same whatever the address, and the link to the
     * thread goes to the address alone.
     */
    public Submitted submit(SubmissionForm form, Channel channel, Locale locale, String client) {
        rateLimits.consume(limits.perClient(), client);
        normalise(form);
        validation.check(form, locale);
        rateLimits.consume(limits.perAddress(), form.getEmail());
        var language = form.getLanguage() != null ? Locale.forLanguageTag(form.getLanguage()) : locale;
        var now = clock.instant();
        var ticket = new Ticket(Reference.random(), new Requester(form.getName(), form.getEmail(), language),
                Category.valueOf(form.getCategory()), channel, form.getSubject(), TicketStatus.PENDING_VERIFICATION, now);
        ticket.addPendingMessage(form.getMessage(), now);
        em.persist(ticket);
        tagging.atIntake(ticket, form.getMessage());
        submitted.fire(new TicketSubmitted(ticket));
        em.flush();
        return new Submitted(ticket.getReference().value());
    }

    public CustomerView forCustomer(String accessKey) {
        return CustomerView.of(byAccessKey(accessKey, LockModeType.NONE));
    }

    /** The customer answers; a ticket waiting for them or solved reopens. */
    public CustomerView customerReply(String accessKey, String body, Locale locale, String client) {
        rateLimits.consume(limits.perClient(), client);
        var text = ReplyText.fromCustomer(body, validation, locale);
        // Locked: two answers sent at once (double click, two tabs) are both kept, one after the other.
        var ticket = byAccessKey(accessKey, LockModeType.PESSIMISTIC_WRITE);
        ticket.addCustomerMessage(text, clock.instant());
        tagging.afterCustomerMessage(ticket, text);
        TicketWrites.flush(em);
        return CustomerView.of(ticket);
    }

    /** Normalised before validation: NFC or lower-casing can lengthen a text past its limit. */
    private static void normalise(SubmissionForm form) {
        form.setName(Intake.line(form.getName()));
        form.setEmail(Intake.email(form.getEmail()));
        form.setSubject(Intake.line(form.getSubject()));
        form.setMessage(Intake.body(form.getMessage()));
    }

    private Ticket byAccessKey(String accessKey, LockModeType lock) {
        if (!AccessKeys.wellFormed(accessKey)) {
            throw new TicketNotFoundException();
        }
        return em.createNamedQuery(TicketAccessKey.TICKET_BY_HASH, Ticket.class)
                .setParameter("hash", AccessKeys.hash(accessKey))
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .filter(t -> t.getStatus() != TicketStatus.PENDING_VERIFICATION)
                .orElseThrow(TicketNotFoundException::new);
    }

    /** The result of a submission: the reference number to quote; the private link goes by mail. */
    public record Submitted(String reference) {
    }
}
