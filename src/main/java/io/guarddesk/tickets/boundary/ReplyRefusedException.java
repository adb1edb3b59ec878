package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.DeskException;

/** The customer cannot reply to this ticket any more (closed); says what to do instead. */
public class ReplyRefusedException extends DeskException {

    public ReplyRefusedException() {
        super(Kind.CONFLICT, "This ticket is closed and takes no more replies. Please open a new request and quote its reference number.");
    }
}
