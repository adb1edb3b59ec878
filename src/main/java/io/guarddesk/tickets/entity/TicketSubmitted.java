package io.guarddesk.tickets.entity;

/**
 * A customer submitted a ticket that waits for its requester's confirmation. Fired inside the
 * submitting transaction, so whatever observers write (the confirmation, its mail) commits or
 * rolls back with the ticket.
 */
public record TicketSubmitted(Ticket ticket) {
}
