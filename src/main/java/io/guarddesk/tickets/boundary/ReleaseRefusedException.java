package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.DeskException;

/** A held reply cannot be released (R2.7); the message says why. */
public class ReleaseRefusedException extends DeskException {

    public ReleaseRefusedException(String reason) {
        super(Kind.REFUSED, reason);
    }
}
