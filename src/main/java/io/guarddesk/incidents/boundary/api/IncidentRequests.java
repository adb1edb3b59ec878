package io.guarddesk.incidents.boundary.api;

import io.guarddesk.incidents.control.ClockState;
import io.guarddesk.incidents.control.DeadlineClock;
import io.guarddesk.incidents.control.IncidentClocks;
import io.guarddesk.incidents.control.IncidentView;
import io.guarddesk.incidents.control.NotRequiredReason;
import io.guarddesk.incidents.control.ReportableGround;
import io.guarddesk.incidents.entity.Deadline;
import io.guarddesk.incidents.entity.IncidentStatus;
import io.guarddesk.incidents.entity.LeakedData;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The JSON bodies of the incidents API. */
final class IncidentRequests {

    private IncidentRequests() {
    }

    /** discoveredAt: ISO-8601 with an offset, e.g. 2026-04-23T10:15:00+09:00 or 2026-04-23T01:15:00Z. */
    public record OpenRequest(String ticket, String title, List<String> kinds, Integer people, String discoveredAt,
                              Boolean unauthorisedAccess, Boolean gdpr) {
    }

    public record UpdateRequest(String title, List<String> kinds, Integer people, String discoveredAt, Boolean unauthorisedAccess,
                                Boolean gdpr, Long expectedVersion) {
    }

    public record ReportRequest(String kind) {
    }

    public record LinkRequest(String ticket) {
    }

    public record AccountsRequest(List<String> accounts, Long expectedVersion) {
    }

    public record CloseRequest(Long expectedVersion) {
    }

    /**
     * One deadline. {@code due} is the first instant at which the report is late; {@code dueLocal}
     * the same instant in the desk's zone (an APPI deadline ends at local midnight).
     * {@code remainingSeconds} is negative once overdue; null when done or not required.
     */
    public record ClockJson(Deadline deadline, ClockState state, Instant due, OffsetDateTime dueLocal, Long remainingSeconds,
                            Instant reportedAt, boolean reportedLate, NotRequiredReason reason) {

        static ClockJson of(DeadlineClock clock, ZoneId zone) {
            return new ClockJson(clock.deadline(), clock.state(), clock.due(),
                    clock.due() == null ? null : clock.due().atZone(zone).toOffsetDateTime(),
                    clock.remaining() == null ? null : clock.remaining().toSeconds(), clock.reportedAt(), clock.reportedLate(),
                    clock.reason());
        }

        static List<ClockJson> of(List<DeadlineClock> clocks, ZoneId zone) {
            return clocks.stream().map(c -> of(c, zone)).toList();
        }
    }

    public record IncidentJson(String reference, String title, IncidentStatus status, String openedBy, String openedFrom,
                               Instant openedAt, Set<LeakedData> kinds, int people, Instant discoveredAt, boolean unauthorisedAccess,
                               boolean gdpr, Set<String> linkedTickets, Set<String> affectedAccounts, boolean appiReportable,
                               Set<ReportableGround> appiGrounds, List<ClockJson> clocks, Instant closedAt, long version) {

        static IncidentJson of(IncidentView view, ZoneId zone) {
            return new IncidentJson(view.reference(), view.title(), view.status(), view.openedBy(), view.openedFrom(), view.openedAt(),
                    view.kinds(), view.people(), view.discoveredAt(), view.unauthorisedAccess(), view.gdpr(), view.linkedTickets(),
                    view.affectedAccounts(), !view.appiGrounds().isEmpty(), view.appiGrounds(), ClockJson.of(view.clocks(), zone),
                    view.closedAt(), view.version());
        }
    }

    public record OpenIncidentJson(String reference, String title, List<ClockJson> clocks) {

        static OpenIncidentJson of(IncidentClocks incident, ZoneId zone) {
            return new OpenIncidentJson(incident.reference(), incident.title(), ClockJson.of(incident.clocks(), zone));
        }
    }
}
