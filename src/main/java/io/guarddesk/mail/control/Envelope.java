package io.guarddesk.mail.control;

import java.time.Instant;

/** A claimed outbox row as the transport needs it, read in the claiming transaction. */
public record Envelope(long id, String messageId, String recipient, String recipientName, String subject,
                       String text, String html, Instant claimedUntil) {

    @Override
    public String toString() {
        // a log line or an assertion message must never carry the bodies or their links (R4.3)
        return "Envelope[id=" + id + ", messageId=" + messageId + "]";
    }
}
