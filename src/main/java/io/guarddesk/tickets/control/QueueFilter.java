package io.guarddesk.tickets.control;

import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.TicketStatus;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * What the queue shows: statuses (empty = every status in a queue), a category, an assignee
 * ({@link #UNASSIGNED} for nobody), a minimum age, and free text (a reference number or a
 * requester's address).
 */
public record QueueFilter(Set<TicketStatus> statuses, Optional<Category> category, Optional<String> assignee,
                          Optional<Duration> olderThan, Optional<String> text) {

    public static final String UNASSIGNED = "-";

    public static QueueFilter everything() {
        return new QueueFilter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
