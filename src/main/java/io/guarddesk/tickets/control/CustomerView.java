package io.guarddesk.tickets.control;

import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;

import java.time.Instant;
import java.util.List;

/** What the customer sees through the private link: their own thread, no internal details. */
public record CustomerView(String reference, String subject, TicketStatus status, boolean acceptsReply,
                           String requesterName, Instant createdAt, List<TicketView.MessageView> messages) {

    public static CustomerView of(Ticket ticket) {
        var full = TicketView.of(ticket);
        return new CustomerView(full.reference(), full.subject(), full.status(), ticket.getStatus().acceptsCustomerReply(),
                full.requesterName(), full.createdAt(), full.messages());
    }
}
