package io.guarddesk.requesters.boundary;

import io.guarddesk.mail.boundary.Letter;
import io.guarddesk.mail.boundary.Outbox;
import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.PublicUrls;
import io.guarddesk.platform.Secrets;
import io.guarddesk.requesters.control.ConfirmationLinks;
import io.guarddesk.requesters.control.ConfirmationOutcome;
import io.guarddesk.requesters.entity.Confirmation;
import io.guarddesk.requesters.entity.Purpose;
import io.guarddesk.tickets.control.AccessKeys;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;
import io.guarddesk.tickets.entity.TicketSubmitted;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Confirmation links for tickets (R1.1, R1.2): sent when a ticket is submitted, redeemed once
 * when followed, and re-sent on request when one expired.
 */
@Boundary
public class Confirmations {

    static final String KIND = "CONFIRMATION";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    PublicUrls urls;

    @Inject
    @ConfigProperty(name = "guarddesk.confirmation.hours", defaultValue = "24")
    long hours;

    @Inject
    AddressMailLimits mailLimits;

    /** Same transaction as the submission: the ticket, its link and the mail commit together. */
    void onSubmitted(@Observes TicketSubmitted submitted) {
        send(submitted.ticket());
    }

    /**
     * Follows a link. Locking the confirmation row serialises concurrent redemptions, so of
     * fifty clicks on one link exactly one confirms.
     */
    public ConfirmationOutcome confirm(String token) {
        var found = find(token, LockModeType.NONE);
        if (found.isEmpty()) {
            return new ConfirmationOutcome.Unknown();
        }
        // The ticket first, then the link: the purge locks tickets the same way, so a ticket is
        // either confirmed or purged, never confirmed and then deleted (and no deadlock).
        var ticket = found.get().getTicket();
        em.lock(ticket, LockModeType.PESSIMISTIC_WRITE);
        var confirmation = found.get();
        em.refresh(confirmation, LockModeType.PESSIMISTIC_WRITE);
        var now = clock.instant();
        var state = confirmation.redeem(now);
        if (state == Confirmation.State.REDEEMED) {
            ticket.confirmRequester(now);
            return new ConfirmationOutcome.Confirmed(ticket.getReference().value(), AccessKeys.issue(em, ticket, now));
        }
        return outcomeOf(state);
    }

    /**
     * What a link would come to, without using it. The page a link opens only looks; the person
     * confirms with a button, so a mail scanner that opens every link confirms nothing.
     */
    public ConfirmationOutcome check(String token) {
        return find(token, LockModeType.NONE)
                .map(c -> outcomeOf(c.stateAt(clock.instant())))
                .orElseGet(ConfirmationOutcome.Unknown::new);
    }

    private static ConfirmationOutcome outcomeOf(Confirmation.State state) {
        return switch (state) {
            case USABLE, REDEEMED -> new ConfirmationOutcome.Ready();
            case USED -> new ConfirmationOutcome.AlreadyUsed();
            case REPLACED -> new ConfirmationOutcome.Replaced();
            case EXPIRED -> new ConfirmationOutcome.Expired();
        };
    }

    /**
     * A fresh link for the ticket an expired one was for, to the same address; nothing happens
     * when the ticket no longer waits, and the caller is told the same either way.
     */
    public void resend(String expiredToken) {
        find(expiredToken, LockModeType.NONE)
                .filter(c -> c.expiredAt(clock.instant()))
                .map(Confirmation::getTicket)
                .filter(ticket -> ticket.getStatus() == TicketStatus.PENDING_VERIFICATION)
                .ifPresent(this::send);
    }

    private void send(Ticket ticket) {
        if (!mailLimits.allow(ticket.getRequesterEmail(), KIND)) {
            // over the limit nothing changes, and the form answers as usual: the link the
            // requester has keeps working, and nobody learns anything about the address
            return;
        }
        var now = clock.instant();
        em.createNamedQuery(Confirmation.LIVE_FOR_TICKET, Confirmation.class)
                .setParameter("ticket", ticket)
                .setParameter("purpose", Purpose.TICKET)
                .getResultList()
                .forEach(older -> older.voidAt(now));
        var token = Secrets.random(32);
        em.persist(new Confirmation(Secrets.sha256(token), Purpose.TICKET, ticket, ticket.getRequesterEmail(), now,
                now.plus(Duration.ofHours(hours))));
        // Nothing the submitter typed goes to an address not yet proven theirs: no name, no subject.
        outbox.enqueue(new Letter(ticket.getRequesterEmail(), ticket.getRequesterEmail(), ticket.getRequesterLanguage(),
                "confirm-ticket", Map.of(
                        "reference", ticket.getReference().value(),
                        "link", urls.confirmationLink(token),
                        "hours", Long.toString(hours)),
                ticket.getId(), KIND));
    }

    private Optional<Confirmation> find(String token, LockModeType lock) {
        return ConfirmationLinks.find(em, token, Purpose.TICKET, lock);
    }
}
