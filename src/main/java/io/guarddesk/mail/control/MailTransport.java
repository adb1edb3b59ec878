package io.guarddesk.mail.control;

import io.guarddesk.mail.entity.Destination;

/**
 * Hands one message to where mail goes. Only the relay calls it, outside any transaction, so a
 * slow server never holds a database lock.
 */
public interface MailTransport {

    /** Sends; a failure is a result, never an exception. */
    SendResult send(Envelope mail);

    Destination destination();
}
