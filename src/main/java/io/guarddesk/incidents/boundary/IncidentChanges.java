package io.guarddesk.incidents.boundary;

import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.incidents.control.AccountCheck;
import io.guarddesk.incidents.control.ClockState;
import io.guarddesk.incidents.control.DeadlineClock;
import io.guarddesk.incidents.control.FactsCheck;
import io.guarddesk.incidents.control.IncidentForm;
import io.guarddesk.incidents.control.IncidentView;
import io.guarddesk.incidents.entity.Deadline;
import io.guarddesk.incidents.entity.Incident;
import io.guarddesk.platform.Boundary;
import io.guarddesk.tickets.boundary.Tickets;
import io.guarddesk.tickets.control.Viewer;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

/**
 * Every change to an incident, each one transaction, each audited (R6.1) with what changed.
 * Supervisors only; a closed incident changes no more.
 */
@Boundary
public class IncidentChanges {

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
     * Replaces the facts. A deadline that a correction makes no longer overdue is announced again
     * should it pass anew; one that stays overdue is not announced twice.
     */
    public IncidentView update(String reference, IncidentForm form, Optional<Long> expectedVersion, Viewer viewer, Locale locale) {
        var incident = IncidentAccess.forChange(em, reference, viewer, expectedVersion, locale);
        var now = clock.instant();
        var current = incident.facts();
        var facts = FactsCheck.check(form, now, new FactsCheck.Defaults(current.unauthorisedAccess(), current.gdpr()), locale);
        var changed = incident.change(facts, now);
        if (!changed.isEmpty()) {
            for (var deadline : settings.deadlines().clocks(facts, incident.reports(), now)) {
                if (!deadline.overdue() && incident.overdueAnnounced(deadline.deadline())) {
                    incident.forgetOverdueAnnouncement(deadline.deadline());
                }
            }
            IncidentAccess.written(em, incident, locale);
            audit.fire(IncidentAccess.audit(viewer.username(), incident, incident.getOpenedFrom(), "facts changed: "
                    + String.join(",", changed)));
        }
        return view(incident, now);
    }

    /** Links another ticket about the same leak, one the supervisor can see; linking twice changes nothing. */
    public IncidentView link(String reference, String ticketReference, Viewer viewer, Locale locale) {
        var incident = IncidentAccess.forChange(em, reference, viewer, Optional.empty(), locale);
        var ticket = tickets.forStaff(ticketReference, viewer);
        var now = clock.instant();
        if (incident.link(ticket.reference(), now)) {
            IncidentAccess.written(em, incident, locale);
            audit.fire(IncidentAccess.audit(viewer.username(), incident, ticket.reference(), "ticket linked"));
        }
        return view(incident, now);
    }

    /** Replaces the affected accounts; every number must be in the account directory. */
    public IncidentView setAffectedAccounts(String reference, Collection<String> accountNumbers, Optional<Long> expectedVersion,
                                            Viewer viewer, Locale locale) {
        var incident = IncidentAccess.forChange(em, reference, viewer, expectedVersion, locale);
        var numbers = new AccountCheck(em).checked(accountNumbers, locale);
        var now = clock.instant();
        var change = incident.affect(numbers, now);
        if (change.any()) {
            IncidentAccess.written(em, incident, locale);
            audit.fire(IncidentAccess.audit(viewer.username(), incident, incident.getOpenedFrom(), "accounts: +"
                    + change.added() + " -" + change.removed() + " =" + numbers.size()));
        }
        return view(incident, now);
    }

    /**
     * Records that a report was sent now: its clock is DONE. Recording it again keeps the first
     * record. A report nobody owed (a voluntary one) may be recorded too.
     */
    public IncidentView recordReport(String reference, Deadline deadline, Viewer viewer, Locale locale) {
        var incident = IncidentAccess.forChange(em, reference, viewer, Optional.empty(), locale);
        var now = clock.instant();
        if (incident.recordReport(deadline, now)) {
            IncidentAccess.written(em, incident, locale);
            audit.fire(IncidentAccess.audit(viewer.username(), incident, incident.getOpenedFrom(), "report recorded: " + deadline.name()));
        }
        return view(incident, now);
    }

    /**
     * Closes an incident whose every required report was recorded (or none was required): closing
     * must never be a way to silence a clock that the law still runs (incident #2).
     */
    public IncidentView close(String reference, Optional<Long> expectedVersion, Viewer viewer, Locale locale) {
        var incident = IncidentAccess.forChange(em, reference, viewer, expectedVersion, locale);
        var now = clock.instant();
        var outstanding = EnumSet.noneOf(Deadline.class);
        for (var deadline : settings.deadlines().clocks(incident.facts(), incident.reports(), now)) {
            if (stillOwed(deadline)) {
                outstanding.add(deadline.deadline());
            }
        }
        if (!outstanding.isEmpty()) {
            throw IncidentRefusal.reportsOutstanding(outstanding, locale);
        }
        incident.close(now);
        IncidentAccess.written(em, incident, locale);
        audit.fire(IncidentAccess.audit(viewer.username(), incident, incident.getOpenedFrom(), "closed"));
        return view(incident, now);
    }

    private static boolean stillOwed(DeadlineClock clock) {
        return clock.state() != ClockState.DONE && clock.state() != ClockState.NOT_REQUIRED;
    }

    private IncidentView view(Incident incident, Instant now) {
        return IncidentView.of(incident, settings.deadlines(), now);
    }
}
