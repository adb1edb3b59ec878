package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.DeskException;

/** Someone else changed the ticket since the caller loaded it. */
public class StaleTicketException extends DeskException {

    public StaleTicketException() {
        super(Kind.CONFLICT, "Someone else changed this ticket meanwhile. Reload it, check the new state and try again; your text was not sent.");
    }
}
