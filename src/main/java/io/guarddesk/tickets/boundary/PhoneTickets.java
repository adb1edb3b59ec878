package io.guarddesk.tickets.boundary;

import io.guarddesk.accounts.boundary.Accounts;
import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.Texts;
import io.guarddesk.platform.Validation;
import io.guarddesk.tickets.control.Intake;
import io.guarddesk.tickets.control.PhoneCall;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.Requester;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;
import io.guarddesk.tickets.entity.TicketSubmitted;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Locale;

/**
 * Tickets an agent opens for a caller (R1.4). The caller names an account; the ticket belongs
 * to the address on file for it and waits until the link mailed there is followed. There is no
 * way to give another address: whoever is on the phone, only the account's owner can confirm.
 */
@Boundary
public class PhoneTickets {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityTagging tagging;

    @Inject
    Clock clock;

    @Inject
    Validation validation;

    @Inject
    Accounts accounts;

    @Inject
    Event<TicketSubmitted> submitted;

    public Opened open(PhoneCall call, Locale locale) {
        call.normalise();
        validation.check(call, locale);
        var account = accounts.byNumber(call.getAccountNumber())
                .orElseThrow(() -> new InvalidInputException("accountNumber", Texts.of(locale, "phone.unknownAccount")));
        var now = clock.instant();
        var language = call.getLanguage() == null ? locale : Locale.forLanguageTag(call.getLanguage());
        var ticket = new Ticket(Reference.random(), new Requester(account.getHolderName(), Intake.email(account.getOwnerEmail()), language),
                Category.valueOf(call.getCategory()), Channel.PHONE, call.getSubject(), TicketStatus.PENDING_VERIFICATION, now);
        ticket.aboutAccount(account);
        ticket.addPendingMessage(call.getNote(), now);
        em.persist(ticket);
        tagging.atIntake(ticket, call.getNote());
        submitted.fire(new TicketSubmitted(ticket));
        em.flush();
        return new Opened(ticket.getReference().value());
    }

    /**
     * The new ticket's reference for the caller. Nothing about the account (not even a masked
     * address): the caller is not verified yet (R1.3).
     */
    public record Opened(String reference) {
    }
}
