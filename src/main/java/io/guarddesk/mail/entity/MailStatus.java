package io.guarddesk.mail.entity;

/** Where an outbox row stands. Only {@code PENDING} rows are ever claimed by a relay. */
public enum MailStatus {
    /** Waiting to be sent, now or at {@code next_attempt_at} after a temporary failure. */
    PENDING,
    /** Handed to the mail server (or kept in the dev mailbox). */
    DELIVERED,
    /** The server refused it for good (a 5xx reply); never retried. */
    BOUNCED,
    /** Temporary failures until the attempts ran out. */
    FAILED,
    /** The recipient said "this wasn't me" for this ticket; never sent (R1.6). */
    SUPPRESSED;

    public boolean isFinished() {
        return this != PENDING;
    }
}
