package io.guarddesk.incidents.boundary;

import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.incidents.control.FactsCheck;
import io.guarddesk.incidents.control.IncidentClocks;
import io.guarddesk.incidents.control.IncidentForm;
import io.guarddesk.incidents.control.IncidentNumbers;
import io.guarddesk.incidents.control.IncidentView;
import io.guarddesk.incidents.entity.Incident;
import io.guarddesk.incidents.entity.IncidentReference;
import io.guarddesk.platform.Boundary;
import io.guarddesk.tickets.boundary.TicketNotFoundException;
import io.guarddesk.tickets.boundary.Tickets;
import io.guarddesk.tickets.control.Viewer;
import io.guarddesk.tickets.entity.Reference;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Opening incidents from security tickets and reading them with their clocks (R3.4). Supervisors
 * only: for anyone else incidents do not exist. Changes are in {@link IncidentChanges}.
 */
@Boundary
public class Incidents {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Tickets tickets;

    @Inject
    IncidentSettings settings;

    @Inject
    Event<SensitiveAction> audit;

    /**
     * Opens an incident from a security ticket the supervisor can see. A ticket that is not a
     * security ticket is refused (escalate it first); one the viewer cannot see, or any ticket
     * when the viewer is not a supervisor, answers as a ticket that does not exist. One open
     * incident per ticket: a second is refused with the number of the first.
     */
    public IncidentView open(String ticketReference, IncidentForm form, Viewer viewer, Locale locale) {
        if (!viewer.supervisor()) {
            throw new TicketNotFoundException();
        }
        var now = clock.instant();
        var facts = FactsCheck.check(form, now, new FactsCheck.Defaults(false, settings.gdprDefault()), locale);
        // The counter's lock serialises openings, so the duplicate check below cannot race another
        // opening. Taken before reading the ticket, whose security view the audit log appends under
        // its head lock: this transaction's own locks first, the head last (see AuditLog).
        var reference = new IncidentNumbers(em).next(now, settings.zone());
        var ticket = tickets.forStaff(ticketReference, viewer);
        if (!ticket.security()) {
            throw IncidentRefusal.notSecurityTicket(locale);
        }
        var existing = openFrom(ticket.reference());
        if (existing.isPresent()) {
            throw IncidentRefusal.alreadyOpen(existing.get(), locale);
        }
        var incident = new Incident(reference, viewer.username(), ticket.reference(), facts, now);
        em.persist(incident);
        em.flush();
        audit.fire(IncidentAccess.audit(viewer.username(), incident, ticket.reference(), "opened: kinds="
                + facts.kinds().stream().map(Enum::name).collect(Collectors.joining(",")) + " people=" + facts.people()
                + " unauthorisedAccess=" + facts.unauthorisedAccess() + " gdpr=" + facts.gdpr()));
        return IncidentView.of(incident, settings.deadlines(), now);
    }

    public IncidentView get(String reference, Viewer viewer, Locale locale) {
        var incident = IncidentAccess.visible(em, reference, viewer, LockModeType.NONE, locale);
        return IncidentView.of(incident, settings.deadlines(), clock.instant());
    }

    /**
     * The open incidents with their clocks now, most urgent first: overdue, then due soon, then
     * by the next due instant. Empty for anyone but a supervisor.
     */
    public List<IncidentClocks> openIncidents(Viewer viewer) {
        if (!viewer.supervisor()) {
            return List.of();
        }
        var now = clock.instant();
        return em.createNamedQuery(Incident.OPEN, Incident.class).getResultStream()
                .map(incident -> IncidentClocks.of(incident, settings.deadlines(), now))
                .sorted(IncidentClocks.MOST_URGENT_FIRST)
                .toList();
    }

    /** The open incident opened from this ticket, if any, for a "show incident" link on the ticket page. */
    public Optional<String> openIncidentOf(String ticketReference, Viewer viewer) {
        if (!viewer.supervisor()) {
            return Optional.empty();
        }
        return Reference.parse(ticketReference).flatMap(r -> openFrom(r.value()));
    }

    private Optional<String> openFrom(String canonicalTicketReference) {
        return em.createNamedQuery(Incident.OPEN_FROM_TICKET, IncidentReference.class)
                .setParameter("ticket", canonicalTicketReference)
                .getResultStream()
                .findFirst()
                .map(IncidentReference::value);
    }
}
