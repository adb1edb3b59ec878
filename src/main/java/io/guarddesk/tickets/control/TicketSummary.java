package io.guarddesk.tickets.control;

import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.TicketStatus;

import java.time.Instant;

/** One row of the queue: only what the list shows. */
public record TicketSummary(String reference, String subject, TicketStatus status, Category category,
                            String requesterName, String assignee, Instant createdAt, Instant updatedAt) {
}
