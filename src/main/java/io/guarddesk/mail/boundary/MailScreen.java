package io.guarddesk.mail.boundary;

/**
 * The send-time scan every rendered mail passes before it enters the outbox (R2.3). The guard
 * provides it; the outbox's database tests, which run without the guard, pass one that looks only
 * at the addressing.
 */
public interface MailScreen {

    /** Throws {@link MailRefusedException} when the mail must not leave. */
    void check(String recipient, String subject, String text);
}
