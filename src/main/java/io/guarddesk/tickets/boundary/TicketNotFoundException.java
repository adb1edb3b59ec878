package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.DeskException;

/**
 * No such ticket, or one the caller may not see: the two are deliberately the same answer, so
 * probing reference numbers or links tells nothing.
 */
public class TicketNotFoundException extends DeskException {

    public TicketNotFoundException() {
        super(Kind.NOT_FOUND, "No ticket with this reference is available to you. Check the reference number.");
    }
}
