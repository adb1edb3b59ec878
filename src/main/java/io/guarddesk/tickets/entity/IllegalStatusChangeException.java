package io.guarddesk.tickets.entity;

import io.guarddesk.platform.DeskException;

public class IllegalStatusChangeException extends DeskException {

    private final TicketStatus from;
    private final TicketStatus to;

    public IllegalStatusChangeException(TicketStatus from, TicketStatus to) {
        super(Kind.CONFLICT, "A ticket that is " + from + " cannot become " + to + "; allowed next: " + from.staffMayMoveTo() + ".");
        this.from = from;
        this.to = to;
    }

    public TicketStatus from() {
        return from;
    }

    public TicketStatus to() {
        return to;
    }
}
