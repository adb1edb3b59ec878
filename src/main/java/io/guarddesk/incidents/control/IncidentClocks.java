package io.guarddesk.incidents.control;

import io.guarddesk.incidents.entity.Incident;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One open incident on a dashboard: what it is called and its clocks at one moment, in the order
 * of {@link io.guarddesk.incidents.entity.Deadline}.
 */
public record IncidentClocks(String reference, String title, List<DeadlineClock> clocks) {

    /** Red before amber before running; done and not required last. */
    public static final Comparator<IncidentClocks> MOST_URGENT_FIRST = Comparator
            .comparing((IncidentClocks c) -> c.mostUrgent().ordinal(), Comparator.reverseOrder())
            .thenComparing(c -> c.nextDue().map(d -> d.due().toEpochMilli()).orElse(Long.MAX_VALUE));

    public static IncidentClocks of(Incident incident, Deadlines deadlines, Instant now) {
        return new IncidentClocks(incident.getReference().value(), incident.getTitle(),
                deadlines.clocks(incident.facts(), incident.reports(), now));
    }

    /** The most pressing state among the clocks: OVERDUE, then DUE_SOON, RUNNING, DONE, NOT_REQUIRED. */
    public Urgency mostUrgent() {
        return clocks.stream().map(c -> Urgency.of(c.state())).max(Comparator.naturalOrder()).orElse(Urgency.NONE);
    }

    /** The running clock that ends first. */
    public Optional<DeadlineClock> nextDue() {
        return clocks.stream().filter(c -> c.remaining() != null).min(Comparator.comparing(DeadlineClock::due));
    }

    /** Clock states ordered by how much they call for action. */
    public enum Urgency {
        NONE, RUNNING, DUE_SOON, OVERDUE;

        static Urgency of(ClockState state) {
            return switch (state) {
                case OVERDUE -> OVERDUE;
                case DUE_SOON -> DUE_SOON;
                case RUNNING -> RUNNING;
                case DONE, NOT_REQUIRED -> NONE;
            };
        }
    }
}
