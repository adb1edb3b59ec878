package io.guarddesk.requesters.boundary;

import io.guarddesk.mail.boundary.Outbox;
import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.Validation;
import io.guarddesk.requesters.entity.Confirmation;
import io.guarddesk.requesters.entity.Purpose;
import io.guarddesk.tickets.boundary.SecurityTagging;
import io.guarddesk.tickets.control.Intake;
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
import java.util.Optional;

/**
 * "This wasn't me" (R1.6): whoever holds the link from a mail can report, without any sign-in,
 * that they never asked for it. The report is a security ticket linked to the original; mail to
 * that address about the original stops, and an unconfirmed original can no longer be confirmed.
 */
@Boundary
public class NotMeReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityTagging tagging;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Validation validation;

    /** Whether the link is one we sent; the page shows the form only then. */
    public boolean known(String key) {
        return outbox.findByNotMeKey(key).isPresent();
    }

    /** Files the report, once per link; answers the report's reference, or empty for an unknown link. */
    public Optional<String> report(String key, String comment, Locale locale) {
        var sent = outbox.findByNotMeKey(key);
        if (sent.isEmpty()) {
            return Optional.empty();
        }
        var text = new NotMeComment(comment == null || comment.isBlank() ? null : Intake.body(comment));
        validation.check(text, locale);
        var recipient = sent.get().recipient();
        // locked like confirming and purging do, so a report and a confirmation cannot cross
        var original = Optional.ofNullable(sent.get().ticketId()).map(id -> em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE));
        var earlier = earlierReport(original.orElse(null), recipient);
        if (earlier.isPresent()) {
            return earlier;
        }
        var now = clock.instant();
        var subject = original.map(o -> "\"This wasn't me\": mail about " + o.getReference().value())
                .orElse("\"This wasn't me\": unexpected mail");
        var report = new Ticket(Reference.random(), new Requester(recipient, recipient, locale), Category.MISDIRECTED,
                Channel.WEB_FORM, subject, TicketStatus.NEW, now);
        // Receiving the mail proves control of the address: the reporter is a verified requester.
        report.requesterAlreadyVerified(now);
        original.ifPresent(report::relateTo);
        report.addCustomerMessage(text.text() == null ? "(no comment)" : text.text(), now);
        em.persist(report);
        tagging.atIntake(report, text.text() == null ? "" : text.text());
        outbox.suppress(recipient, original.map(Ticket::getId).orElse(null));
        original.ifPresent(this::voidConfirmations);
        em.flush();
        return Optional.of(report.getReference().value());
    }

    /** One report per address and ticket (or per address, for mail about no ticket): repeats change nothing. */
    private Optional<String> earlierReport(Ticket original, String recipient) {
        var about = original == null ? "t.relatedTicket IS NULL" : "t.relatedTicket = :original";
        var query = em.createQuery("SELECT t FROM Ticket t WHERE " + about + " AND t.category = :category "
                + "AND t.requesterEmail = :recipient", Ticket.class);
        if (original != null) {
            query.setParameter("original", original);
        }
        return query
                .setParameter("category", Category.MISDIRECTED)
                .setParameter("recipient", recipient)
                .getResultStream()
                .findFirst()
                .map(t -> t.getReference().value());
    }

    private void voidConfirmations(Ticket original) {
        var now = clock.instant();
        em.createNamedQuery(Confirmation.LIVE_FOR_TICKET, Confirmation.class)
                .setParameter("ticket", original)
                .setParameter("purpose", Purpose.TICKET)
                .getResultList()
                .forEach(c -> c.voidAt(now));
    }
}
