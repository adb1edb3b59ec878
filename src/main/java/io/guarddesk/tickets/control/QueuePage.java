package io.guarddesk.tickets.control;

import java.util.List;

/** One page of the queue; {@code totalExact} is false when more tickets match than were counted. */
public record QueuePage(List<TicketSummary> items, long total, boolean totalExact, int offset, int limit) {
}
