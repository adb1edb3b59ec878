package io.guarddesk.tickets.boundary;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.staff.boundary.StaffDirectory;
import io.guarddesk.staff.entity.Role;
import io.guarddesk.tickets.control.TicketView;
import io.guarddesk.tickets.control.Viewer;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.TagChange;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Optional;

/**
 * The staff's work on one ticket, each method one transaction. Every method takes the
 * {@link Viewer} and answers {@link TicketNotFoundException} for a ticket the viewer may not
 * see, exactly as for one that does not exist; {@code expectedVersion}, when given, refuses to
 * change a ticket that someone else changed since the caller read it.
 */
@Boundary
public class Tickets {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StaffDirectory staff;

    @Inject
    Event<SensitiveAction> audit;

    /**
     * A reference number read out on the phone or quoted in a mail (R1.8): any agent learns where
     * the ticket is, never what it holds. A ticket the agent may not open says only who has it.
     */
    public Optional<Lookup> lookup(String reference, Viewer viewer) {
        return Reference.parse(reference)
                .flatMap(r -> em.createNamedQuery(Ticket.BY_REFERENCE, Ticket.class).setParameter("reference", r)
                        .getResultStream().findFirst())
                .map(t -> {
                    var where = viewer.canSee(t) ? Lookup.Where.QUEUE
                            : t.getStatus() == TicketStatus.PENDING_VERIFICATION ? Lookup.Where.AWAITING_CONFIRMATION
                            : Lookup.Where.SECURITY_TEAM;
                    // who to hand the caller to: the supervisor who took it on, else any supervisor
                    var handTo = where == Lookup.Where.SECURITY_TEAM
                            ? t.acknowledgedBy().map(s -> s.getDisplayName()).orElse(null) : null;
                    return new Lookup(t.getReference().value(), where, handTo);
                });
    }

    /** Where a ticket is, as far as the asking staff member may know; {@code handTo} a supervisor's name, or null. */
    public record Lookup(String reference, Where where, String handTo) {

        public enum Where {
            /** In the queue: open it. */
            QUEUE,
            /** With the security team: hand the caller to a supervisor. */
            SECURITY_TEAM,
            /** Waiting for the requester to follow the link mailed to them. */
            AWAITING_CONFIRMATION
        }
    }

    /** Every opening of a security ticket is a sensitive action (R6.1), audited in this transaction. */
    public TicketView forStaff(String reference, Viewer viewer) {
        var ticket = visible(reference, viewer, LockModeType.NONE);
        if (ticket.isSecurity()) {
            audit.fire(SensitiveAction.of(viewer.username(), AuditAction.SECURITY_VIEW, ticket.getReference().value(), "OK"));
        }
        return viewOf(ticket);
    }

    TicketView viewOf(Ticket ticket) {
        return TicketView.of(ticket, em.createNamedQuery(TagChange.OF_TICKET, TagChange.class).setParameter("ticket", ticket)
                .getResultList());
    }

    public TicketView changeStatus(String reference, Viewer viewer, TicketStatus status, Optional<Long> expectedVersion) {
        var ticket = visible(reference, viewer, LockModeType.PESSIMISTIC_WRITE);
        expectVersion(ticket, expectedVersion);
        ticket.moveTo(status, clock.instant());
        TicketWrites.flush(em);
        return viewOf(ticket);
    }

    /** Assigns to a staff member who works tickets, or to nobody when {@code assignee} is empty. */
    public TicketView assign(String reference, Viewer viewer, Optional<String> assignee, Optional<Long> expectedVersion) {
        var ticket = visible(reference, viewer, LockModeType.PESSIMISTIC_WRITE);
        expectVersion(ticket, expectedVersion);
        var who = assignee.map(name -> staff.ticketWorkers().stream()
                .filter(s -> s.getUsername().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("assignee", "No active agent or supervisor is called \"" + name + "\".")));
        if (ticket.isSecurity() && who.isPresent() && !who.get().has(Role.SUPERVISOR)) {
            throw new AssignmentRefusedException();
        }
        ticket.assignTo(who.orElse(null), clock.instant());
        TicketWrites.flush(em);
        return viewOf(ticket);
    }

    /** The ticket, locked for a change, at the version the caller saw; for the other boundaries of tickets. */
    Ticket forChange(String reference, Viewer viewer, Optional<Long> expectedVersion) {
        var ticket = visible(reference, viewer, LockModeType.PESSIMISTIC_WRITE);
        expectVersion(ticket, expectedVersion);
        return ticket;
    }

    Ticket forReading(String reference, Viewer viewer) {
        return visible(reference, viewer, LockModeType.NONE);
    }

    private Ticket visible(String reference, Viewer viewer, LockModeType lock) {
        var parsed = Reference.parse(reference).orElseThrow(TicketNotFoundException::new);
        return em.createNamedQuery(Ticket.BY_REFERENCE, Ticket.class)
                .setParameter("reference", parsed)
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .filter(viewer::canSee)
                .orElseThrow(TicketNotFoundException::new);
    }

    private static void expectVersion(Ticket ticket, Optional<Long> expected) {
        if (expected.isPresent() && expected.get() != ticket.getVersion()) {
            throw new StaleTicketException();
        }
    }
}
