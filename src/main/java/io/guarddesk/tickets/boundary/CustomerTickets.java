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
import io.guarddesk.tickets.entity.TicketStatus;
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
    Clock clock;

    @Inject
    Validation validation;

    @Inject
    RateLimits rateLimits;

    @Inject
    PublicLimits limits;

    /** A customer's new ticket. The returned access key is the only copy that ever exists. */
    public Submitted submit(SubmissionForm form, Channel channel, Locale locale, String client) {
        rateLimits.consume(limits.perClient(), client);
        normalise(form);
        validation.check(form, locale);
        rateLimits.consume(limits.perAddress(), form.getEmail());
        var language = form.getLanguage() != null ? Locale.forLanguageTag(form.getLanguage()) : locale;
        var accessKey = AccessKeys.newKey();
        var now = clock.instant();
        var ticket = new Ticket(Reference.random(), AccessKeys.hash(accessKey),
                new Requester(form.getName(), form.getEmail(), language), Category.valueOf(form.getCategory()),
                channel, form.getSubject(), TicketStatus.NEW, now);
        ticket.addCustomerMessage(form.getMessage(), now);
        em.persist(ticket);
        em.flush();
        return new Submitted(ticket.getReference().value(), accessKey, language);
    }

    public CustomerView forCustomer(String accessKey) {
        return CustomerView.of(byAccessKey(accessKey, LockModeType.NONE));
    }

    /** The customer answers; a ticket waiting for them or solved reopens. */
    public CustomerView customerReply(String accessKey, String body, Locale locale, String client) {
        rateLimits.consume(limits.perClient(), client);
        var text = ReplyText.checked(body, validation, locale);
        // Locked: two answers sent at once (double click, two tabs) are both kept, one after the other.
        var ticket = byAccessKey(accessKey, LockModeType.PESSIMISTIC_WRITE);
        ticket.addCustomerMessage(text, clock.instant());
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
        return em.createNamedQuery(Ticket.BY_ACCESS_KEY, Ticket.class)
                .setParameter("hash", AccessKeys.hash(accessKey))
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .filter(t -> t.getStatus() != TicketStatus.PENDING_VERIFICATION)
                .orElseThrow(TicketNotFoundException::new);
    }

    /** The result of a submission: the reference to quote and the key of the private link. */
    public record Submitted(String reference, String accessKey, Locale language) {
    }
}
