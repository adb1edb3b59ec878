package io.guarddesk.tickets.control;

import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.TicketStatus;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * What the queue shows: statuses (empty = every status in a queue), a category, an assignee
 * ({@link #UNASSIGNED} for nobody), a minimum age, and free text (a reference number or a
 * requester's address), and optionally security tickets only or none.
 */
public record QueueFilter(Set<TicketStatus> statuses, Optional<Category> category, Optional<String> assignee,
                          Optional<Duration> olderThan, Optional<String> text, Optional<Boolean> security) {

    public static final String UNASSIGNED = "-";

    public QueueFilter(Set<TicketStatus> statuses, Optional<Category> category, Optional<String> assignee,
                       Optional<Duration> olderThan, Optional<String> text) {
        this(statuses, category, assignee, olderThan, text, Optional.empty());
    }

    public static QueueFilter everything() {
        return new QueueFilter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The supervisor queue (R3.2): security tickets only; for an agent it is always empty. */
    public QueueFilter securityOnly() {
        return new QueueFilter(statuses, category, assignee, olderThan, text, Optional.of(true));
    }
}
