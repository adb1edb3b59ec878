package io.guarddesk.mail.control;

import io.guarddesk.mail.entity.MailStatus;
import io.guarddesk.mail.entity.OutboundMail;

import java.time.Instant;

/** One line of the admin mailbox: when, to whom, what, and how it went; no body. */
public record MailboxEntry(Long id, Instant createdAt, String to, String subject, MailStatus status, int attempts,
                           String lastReply, String deliveredTo) {

    public static MailboxEntry of(OutboundMail mail) {
        return new MailboxEntry(mail.getId(), mail.getCreatedAt(), mail.getRecipient(), mail.getSubject(), mail.delivery().getStatus(),
                mail.delivery().getAttempts(), mail.delivery().lastReply().orElse(null), mail.delivery().deliveredTo().map(Enum::name).orElse(null));
    }
}
