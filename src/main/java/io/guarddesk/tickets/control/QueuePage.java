package io.guarddesk.tickets.control;

import java.util.List;

public record QueuePage(List<TicketSummary> items, long total, int offset, int limit) {
}
