package io.guarddesk.mail.control;

import io.guarddesk.mail.entity.Destination;
import io.guarddesk.mail.entity.OutboundMail;

import java.util.List;

/**
 * One mail as the admin mailbox shows it. The text is there only for mails the dev mailbox
 * "delivered": a mail that went to a real server keeps no body (R4), and one still pending is
 * nobody's to read yet. The text comes as segments so the page can link the desk's own URLs
 * while escaping everything else; the HTML body is never shown.
 */
public record MailboxMessage(MailboxEntry entry, String name, String messageId, String kind, Long ticketId,
                             List<Links.Segment> text) {

    public static MailboxMessage of(OutboundMail mail, String publicBase) {
        var readable = mail.delivery().deliveredTo().filter(d -> d == Destination.DEV_MAILBOX).isPresent();
        var text = readable ? mail.textBody().map(body -> Links.split(body, publicBase)).orElse(List.of()) : List.<Links.Segment>of();
        return new MailboxMessage(MailboxEntry.of(mail), mail.getRecipientName(), mail.getMessageId(), mail.getKind(),
                mail.getTicketId(), text);
    }

    public boolean isReadable() {
        return !text.isEmpty();
    }
}
