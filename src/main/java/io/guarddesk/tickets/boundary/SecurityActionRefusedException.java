package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.DeskException;

/** A security action the ticket's state or the caller's role does not allow (R3.2, R3.3); the message says why. */
public class SecurityActionRefusedException extends DeskException {

    public SecurityActionRefusedException(String reason) {
        super(Kind.REFUSED, reason);
    }
}
