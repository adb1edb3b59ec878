package io.guarddesk.mail.control;

import io.guarddesk.mail.entity.Destination;
import io.guarddesk.mail.entity.OutboundMail;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;

/** Writes what became of one attempt into its row, and releases the claim. */
public final class Outcomes {

    static final int MAX_REPLY = 200;

    private final Backoff backoff;

    public Outcomes(Backoff backoff) {
        this.backoff = backoff;
    }

    /**
     * Records {@code result} for the row, if {@code claimer} still holds it; answers whether it
     * did. The row is locked first, so an outcome and a new claim after an expired lease cannot
     * both write it.
     */
    public boolean record(EntityManager em, long id, String claimer, SendResult result, Destination destination, Instant now) {
        var mail = em.find(OutboundMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.isClaimedBy(claimer)) {
            return false;
        }
        if (result instanceof SendResult.Delivered) {
            mail.delivered(destination, now);
        } else if (result instanceof SendResult.Bounced bounced) {
            mail.bounced(reply(bounced.reason()), now);
        } else if (result instanceof SendResult.RetryLater retry) {
            int attempts = mail.delivery().getAttempts() + 1;
            if (backoff.allowsAnother(attempts)) {
                mail.retryAt(reply(retry.reason()), now.plus(backoff.delayAfter(attempts)));
            } else {
                mail.failed(reply(retry.reason()), now);
            }
        } else {
            throw new IllegalStateException("Unknown send result " + result.getClass());
        }
        return true;
    }

    /** The server's reply, short and on one line: it is shown to admins, never a body (R4.3). */
    static String reply(String reason) {
        return MailText.line(reason == null ? "" : reason, MAX_REPLY);
    }
}
