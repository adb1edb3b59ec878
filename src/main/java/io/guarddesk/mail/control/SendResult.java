package io.guarddesk.mail.control;

/**
 * What became of one attempt to send a mail. The relay decides from it alone whether the row is
 * done, tried again later, or given up; {@code reason} is the server's short reply (never a body,
 * R4.3).
 */
public sealed interface SendResult permits SendResult.Delivered, SendResult.RetryLater, SendResult.Bounced {

    /** The server accepted the message (or the dev mailbox kept it). */
    record Delivered() implements SendResult {
    }

    /** A 4xx reply or no answer at all: worth another attempt after a pause. */
    record RetryLater(String reason) implements SendResult {
    }

    /** A 5xx reply: the server will never take this message; retrying would only annoy it. */
    record Bounced(String reason) implements SendResult {
    }
}
