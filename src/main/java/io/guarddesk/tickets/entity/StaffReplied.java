package io.guarddesk.tickets.entity;

/** Staff answered a ticket; fired inside the replying transaction (the mail joins it, R7.2). */
public record StaffReplied(Ticket ticket, Message reply) {
}
