package io.guarddesk.mail.control;

import io.guarddesk.mail.entity.Destination;

/**
 * The transport when no mail server is configured (the embedded default): the row itself is the
 * delivered mail, kept with its bodies for admins to read at {@code /admin/mailbox}, so a
 * newcomer can follow a confirmation link without setting up SMTP. Nothing leaves the machine.
 */
public final class DevMailbox implements MailTransport {

    @Override
    public SendResult send(Envelope mail) {
        return new SendResult.Delivered();
    }

    @Override
    public Destination destination() {
        return Destination.DEV_MAILBOX;
    }
}
