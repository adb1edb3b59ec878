package io.guarddesk.tickets.entity;

import io.guarddesk.platform.DeskException;

public class IllegalStatusChangeException extends DeskException {

    public IllegalStatusChangeException(TicketStatus from, TicketStatus to) {
        super(Kind.CONFLICT, "A ticket that is " + from + " cannot become " + to + "; allowed next: " + from.staffMayMoveTo() + ".");
    }
}
