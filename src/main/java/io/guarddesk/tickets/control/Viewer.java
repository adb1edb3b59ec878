package io.guarddesk.tickets.control;

import io.guarddesk.tickets.entity.Ticket;

/**
 * A staff member looking at tickets. Security tickets are for supervisors only (R3.2), and a
 * ticket awaiting its requester's confirmation is in nobody's queue (R1.1); for everyone else
 * such a ticket does not exist.
 */
public record Viewer(String username, boolean supervisor) {

    public boolean canSee(Ticket ticket) {
        return ticket.getStatus().inQueue() && (supervisor || !ticket.isSecurity());
    }
}
