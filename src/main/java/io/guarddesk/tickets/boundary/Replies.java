package io.guarddesk.tickets.boundary;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.accounts.boundary.Directory;
import io.guarddesk.accounts.boundary.ResetMail;
import io.guarddesk.accounts.entity.CustomerAccount;
import io.guarddesk.disclosure.boundary.OutboundGate;
import io.guarddesk.disclosure.boundary.Refusals;
import io.guarddesk.disclosure.control.AccountPlaceholders;
import io.guarddesk.disclosure.control.GateDecision;
import io.guarddesk.disclosure.control.RefusalView;
import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.Texts;
import io.guarddesk.platform.Validation;
import io.guarddesk.staff.boundary.StaffDirectory;
import io.guarddesk.staff.entity.StaffUser;
import io.guarddesk.tickets.control.TicketView;
import io.guarddesk.tickets.control.Viewer;
import io.guarddesk.tickets.entity.StaffReplied;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Replies to the requester, every one through the outbound gate (R2.3): from the agent page, the
 * API and canned replies alike. What the gate refuses is held, nothing is sent, and the agent's
 * draft stays where it was (R2.5); a supervisor may release a held reply with a justification
 * unless it holds a secret (R2.7).
 */
@Boundary
public class Replies {

    static final int MIN_JUSTIFICATION = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Validation validation;

    @Inject
    Tickets tickets;

    @Inject
    StaffDirectory staff;

    @Inject
    OutboundGate gate;

    @Inject
    Refusals refusals;

    @Inject
    Directory directory;

    @Inject
    ResetMail resetMail;

    @Inject
    Event<StaffReplied> replied;

    @Inject
    Event<SensitiveAction> audit;

    /** A reply to the requester; the ticket then waits for them unless another status is asked for. */
    public ReplyOutcome reply(String reference, Viewer viewer, String body, Optional<TicketStatus> newStatus,
                              Optional<Long> expectedVersion, Locale locale) {
        var text = ReplyText.checked(body, validation, locale);
        var ticket = tickets.forChange(reference, viewer, expectedVersion);
        var author = staff.get(viewer.username());
        var status = newStatus.orElse(TicketStatus.PENDING_CUSTOMER);
        var decision = gate.reply(recipient(ticket), text);
        if (decision instanceof GateDecision.Refused refused) {
            return new ReplyOutcome.Held(refusals.record(ticket.getId(), author, refused, text, status.name()));
        }
        return new ReplyOutcome.Sent(send(ticket, author, (GateDecision.Allowed) decision, status));
    }

    /**
     * A supervisor releases a held reply (R2.7): only with a written justification, never their
     * own, and only when the scan, run again now, still finds nothing but releasable identifiers.
     */
    public TicketView release(String reference, Viewer viewer, long refusalId, String justification, Locale locale) {
        if (!viewer.supervisor()) {
            throw new ReleaseRefusedException(Texts.of(locale, "guard.release.onlySupervisors"));
        }
        var why = justification == null ? "" : justification.strip();
        if (why.length() < MIN_JUSTIFICATION || why.length() > 2000) {
            throw new InvalidInputException("justification", Texts.of(locale, "guard.release.justify"));
        }
        var ticket = tickets.forChange(reference, viewer, Optional.empty());
        var refusal = refusals.held(refusalId, ticket.getId()).orElseThrow(() -> new ReleaseRefusedException(Texts.of(locale, "guard.release.notHeld")));
        var supervisor = staff.get(viewer.username());
        if (refusal.getAuthor().getId().equals(supervisor.getId())) {
            throw new ReleaseRefusedException(Texts.of(locale, "guard.release.notOwn"));
        }
        var draft = refusal.draft().orElseThrow(() -> new ReleaseRefusedException(Texts.of(locale, "guard.release.secret")));
        var status = refusal.draftStatus().map(TicketStatus::valueOf).orElse(TicketStatus.PENDING_CUSTOMER);
        var decision = gate.reply(recipient(ticket), draft);
        GateDecision.Allowed allowed;
        if (decision instanceof GateDecision.Refused refused) {
            if (!refused.releasable()) {
                throw new ReleaseRefusedException(Texts.of(locale, "guard.release.secret"));
            }
            allowed = refused.wouldSend();
        } else {
            allowed = (GateDecision.Allowed) decision;
        }
        refusals.released(refusal, supervisor, why);
        // the status the author asked for, if the ticket may still go there; else it stays where it is
        var next = ticket.getStatus() == status || ticket.getStatus().staffMayMoveTo().contains(status) ? status : ticket.getStatus();
        return send(ticket, refusal.getAuthor(), allowed, next);
    }

    public List<RefusalView> refusals(String reference, Viewer viewer) {
        return refusals.forTicket(tickets.forReading(reference, viewer).getId());
    }

    /**
     * R2.1: the placeholder for one of the verified requester's own accounts, for the draft. The
     * value itself is filled in when the reply is sent.
     */
    public String insertAccountInformation(String reference, Viewer viewer, String accountNumber,
                                           AccountPlaceholders.Field field, Locale locale) {
        var ticket = tickets.forReading(reference, viewer);
        if (!ticket.isRequesterVerified()) {
            throw new AccountInsertRefusedException(Texts.of(locale, "guard.insert.unverified"));
        }
        var owned = directory.ownedBy(ticket.getRequesterEmail(), accountNumber)
                .orElseThrow(() -> new AccountInsertRefusedException(Texts.of(locale, "guard.insert.notOwner")));
        audit.fire(SensitiveAction.of(viewer.username(), AuditAction.CREDENTIAL_INSERT, reference, "INSERTED")
                .withAccount(owned.getAccountNumber()).withDetail(field.name()));
        return AccountPlaceholders.placeholder(field, owned.getAccountNumber());
    }

    /** R1.3: the accounts of the verified requester; nothing at all for an unverified one. */
    public List<CustomerAccount> requesterAccounts(String reference, Viewer viewer) {
        var ticket = tickets.forReading(reference, viewer);
        return ticket.isRequesterVerified() ? directory.ownedBy(ticket.getRequesterEmail()) : List.of();
    }

    private TicketView send(Ticket ticket, StaffUser author, GateDecision.Allowed allowed, TicketStatus status) {
        var message = ticket.addStaffReply(author, allowed.text(), status, clock.instant());
        TicketWrites.flush(em);
        replied.fire(new StaffReplied(ticket, message));
        allowed.resetLinks().forEach(account -> {
            resetMail.send(account, ticket.getRequesterEmail(), ticket.getRequesterLanguage(), ticket.getId(), author);
            audit.fire(SensitiveAction.of(author.getUsername(), AuditAction.CREDENTIAL_INSERT, ticket.getReference().value(), "SENT")
                    .withAccount(account).withDetail("RESET_LINK"));
        });
        return tickets.viewOf(ticket);
    }

    private static OutboundGate.Recipient recipient(Ticket ticket) {
        return new OutboundGate.Recipient(ticket.getRequesterEmail(), ticket.isRequesterVerified(), ticket.getRequesterLanguage());
    }
}
