package io.guarddesk.mail.boundary;

import io.guarddesk.platform.DeskException;

/**
 * The guard refused a mail (R2.4). Rolls back the change that caused it: a mail that may not go
 * out must not leave a change behind that claims it did.
 */
public class MailRefusedException extends DeskException {

    public MailRefusedException(String what) {
        super(Kind.REFUSED, "The mail was not sent: it contained " + what + ", which may not go to this address.");
    }
}
