package io.guarddesk.tickets.control;

import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.SecuritySource;
import io.guarddesk.tickets.entity.TicketStatus;

import java.time.Instant;

/** One row of the queue: only what the list shows. */
public record TicketSummary(String reference, String subject, TicketStatus status, Category category,
                            String requesterName, String assignee, Instant createdAt, Instant updatedAt,
                            boolean security, SecuritySource securitySource, Instant acknowledgeBy, Instant acknowledgedAt) {

    /** Not acknowledged and past its deadline (R3.3): the supervisor queue shows it red. */
    public boolean overdueAt(Instant now) {
        return security && acknowledgedAt == null && acknowledgeBy != null && !now.isBefore(acknowledgeBy);
    }
}
