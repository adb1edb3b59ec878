package io.guarddesk.incidents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Announces every overdue, unannounced deadline once across all instances (R3.4: overdue clocks
 * notify the privacy officer, whose notification feature observes
 * {@link io.guarddesk.incidents.entity.DeadlineOverdue}). Reads the injected {@link Clock}, so a
 * test with a fixed clock calls it directly instead of waiting for the schedule.
 */
@ApplicationScoped
public class OverdueNotices {

    @Inject
    OverdueDeadlines deadlines;

    @Inject
    Clock clock;

    /** Answers how many deadlines this call announced (those another instance claimed first do not count). */
    public int notifyOverdue() {
        var now = clock.instant();
        int announced = 0;
        for (var candidate : deadlines.candidates(now)) {
            if (deadlines.announce(candidate, now)) {
                announced++;
            }
        }
        return announced;
    }
}
