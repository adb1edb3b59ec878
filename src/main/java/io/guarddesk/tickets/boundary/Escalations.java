package io.guarddesk.tickets.boundary;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.Texts;
import io.guarddesk.staff.boundary.StaffDirectory;
import io.guarddesk.tickets.control.Intake;
import io.guarddesk.tickets.control.TicketView;
import io.guarddesk.tickets.control.Viewer;
import io.guarddesk.tickets.entity.SecuritySource;
import io.guarddesk.tickets.entity.TagChange;
import io.guarddesk.tickets.entity.Ticket;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The staff's security actions on one ticket: an agent's one-click escalation (R3.1 source 5),
 * a supervisor's acknowledgement (R3.3) and a supervisor returning a ticket to the general
 * queue. Each takes effect on the very next request (R3.2): visibility is read from the ticket
 * on every request, never cached.
 */
@Boundary
public class Escalations {

    static final int NOTE_MAX = 2_000;
    static final int REASON_MIN = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Tickets tickets;

    @Inject
    StaffDirectory staff;

    @Inject
    SecurityTagging tagging;

    @Inject
    Event<SensitiveAction> audit;

    /**
     * Hands the ticket, its whole thread, to the security team. The note is optional; the
     * customer never has to repeat anything. Afterwards an agent can no longer open it.
     */
    public void escalate(String reference, Viewer viewer, Optional<String> note, Locale locale) {
        var text = note.map(Intake::body).filter(n -> !n.isBlank());
        if (text.isPresent() && text.get().length() > NOTE_MAX) {
            throw new InvalidInputException("note", Texts.of(locale, "security.refused.noteTooLong"));
        }
        var ticket = tickets.forChange(reference, viewer, Optional.empty());
        if (ticket.isSecurity()) {
            throw new SecurityActionRefusedException(Texts.of(locale, "security.refused.alreadySecurity"));
        }
        tagging.tag(ticket, SecuritySource.ESCALATION, staff.get(viewer.username()), text.orElse(null), viewer.username());
        TicketWrites.flush(em);
    }

    /** A supervisor takes the ticket on: its acknowledgement clock stops (R3.3). */
    public TicketView acknowledge(String reference, Viewer viewer, Locale locale) {
        var ticket = securityTicket(reference, viewer, locale);
        if (ticket.acknowledge(staff.get(viewer.username()), clock.instant())) {
            audit.fire(SensitiveAction.of(viewer.username(), AuditAction.ACKNOWLEDGEMENT, reference, "OK"));
        }
        TicketWrites.flush(em);
        return tickets.viewOf(ticket);
    }

    /** A supervisor returns a ticket that is not a security matter to the general queue, saying why. */
    public TicketView clear(String reference, Viewer viewer, String reason, Locale locale) {
        var why = reason == null ? "" : Intake.body(reason).strip();
        if (why.length() < REASON_MIN || why.length() > NOTE_MAX) {
            throw new InvalidInputException("reason", Texts.of(locale, "security.refused.reasonLength"));
        }
        var ticket = securityTicket(reference, viewer, locale);
        var now = clock.instant();
        ticket.clearSecurity(now);
        em.persist(new TagChange(ticket, false, SecuritySource.CLEARED, staff.get(viewer.username()), why, now));
        audit.fire(SensitiveAction.of(viewer.username(), AuditAction.TAG_CHANGE, reference, "OK").withDetail("security: cleared"));
        TicketWrites.flush(em);
        return tickets.viewOf(ticket);
    }

    private Ticket securityTicket(String reference, Viewer viewer, Locale locale) {
        if (!viewer.supervisor()) {
            // an agent cannot see security tickets at all: the same answer as for one that does not exist
            throw new TicketNotFoundException();
        }
        var ticket = tickets.forChange(reference, viewer, Optional.empty());
        if (!ticket.isSecurity()) {
            throw new SecurityActionRefusedException(Texts.of(locale, "security.refused.notSecurity"));
        }
        return ticket;
    }
}
