package io.guarddesk.incidents.control;

import io.guarddesk.incidents.entity.Deadline;

import java.time.Duration;
import java.time.Instant;

/**
 * One deadline of an incident as seen at a moment.
 *
 * @param due        the first instant at which the report is late (exclusive end of the period);
 *                   null when no report is required
 * @param remaining  time left until {@code due} at that moment, negative once overdue; null when
 *                   the clock is {@link ClockState#DONE DONE} or {@link ClockState#NOT_REQUIRED NOT_REQUIRED}
 * @param reportedAt when the report was recorded, for {@link ClockState#DONE DONE}; else null
 * @param reason     why no report is required, for {@link ClockState#NOT_REQUIRED NOT_REQUIRED}; else null
 */
public record DeadlineClock(Deadline deadline, ClockState state, Instant due, Duration remaining, Instant reportedAt,
                            NotRequiredReason reason) {

    static DeadlineClock running(Deadline deadline, Instant due, Instant soonFrom, Instant now) {
        var state = !now.isBefore(due) ? ClockState.OVERDUE : !now.isBefore(soonFrom) ? ClockState.DUE_SOON : ClockState.RUNNING;
        return new DeadlineClock(deadline, state, due, Duration.between(now, due), null, null);
    }

    static DeadlineClock done(Deadline deadline, Instant due, Instant reportedAt) {
        return new DeadlineClock(deadline, ClockState.DONE, due, null, reportedAt, null);
    }

    static DeadlineClock notRequired(Deadline deadline, NotRequiredReason reason) {
        return new DeadlineClock(deadline, ClockState.NOT_REQUIRED, null, null, null, reason);
    }

    public boolean overdue() {
        return state == ClockState.OVERDUE;
    }

    /** The report was recorded on or after the due instant. */
    public boolean reportedLate() {
        return state == ClockState.DONE && due != null && !reportedAt.isBefore(due);
    }
}
