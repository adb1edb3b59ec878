package io.guarddesk.incidents.control;

import io.guarddesk.incidents.entity.Deadline;
import io.guarddesk.incidents.entity.Incident;
import io.guarddesk.incidents.entity.IncidentStatus;
import io.guarddesk.incidents.entity.LeakedData;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An incident with its clocks as they stand at one moment; detached from the persistence context.
 *
 * @param appiGrounds why it must be reported to the PPC; empty when it need not be
 * @param reports     the reports recorded, by deadline
 * @param version     pass it back with a change: a change based on an older version is refused
 */
public record IncidentView(String reference, String title, IncidentStatus status, String openedBy, String openedFrom,
                           Instant openedAt, Set<LeakedData> kinds, int people, Instant discoveredAt,
                           boolean unauthorisedAccess, boolean gdpr, Set<String> linkedTickets, Set<String> affectedAccounts,
                           Set<ReportableGround> appiGrounds, Map<Deadline, Instant> reports, List<DeadlineClock> clocks,
                           Instant closedAt, long version) {

    public static IncidentView of(Incident incident, Deadlines deadlines, Instant now) {
        var facts = incident.facts();
        return new IncidentView(incident.getReference().value(), facts.title(), incident.getStatus(), incident.getOpenedBy(),
                incident.getOpenedFrom(), incident.getOpenedAt(), facts.kinds(), facts.people(), facts.discoveredAt(),
                facts.unauthorisedAccess(), facts.gdpr(), incident.getLinkedTickets(), incident.getAffectedAccounts(),
                deadlines.appiGrounds(facts), incident.reports(), deadlines.clocks(facts, incident.reports(), now),
                incident.getClosedAt(), incident.getVersion());
    }

    public boolean open() {
        return status == IncidentStatus.OPEN;
    }
}
