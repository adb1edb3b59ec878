package io.guarddesk.tickets.entity;

import io.guarddesk.platform.DeskException;

/** A closed ticket takes no more messages, from anyone; says what to do instead. */
public class TicketClosedException extends DeskException {

    public TicketClosedException() {
        super(Kind.CONFLICT, "This ticket is closed and takes no more replies. Please open a new request and quote its reference number.");
    }
}
