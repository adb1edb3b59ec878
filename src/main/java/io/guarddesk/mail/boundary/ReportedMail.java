package io.guarddesk.mail.boundary;

import java.time.Instant;

/**
 * The mail a "this wasn't me" link came from (R1.6): enough to open a security ticket linked to
 * the original and to suppress further mail, nothing of its content.
 */
public record ReportedMail(long outboxId, String messageId, String recipient, Long ticketId, String kind,
                           Instant createdAt) {
}
