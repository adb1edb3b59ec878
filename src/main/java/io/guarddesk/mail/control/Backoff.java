package io.guarddesk.mail.control;

import java.time.Duration;

/**
 * When to try again after a temporary failure: {@code base} after the first, doubling after each
 * further one, never more than an hour apart; after {@code maxAttempts} attempts the mail is given
 * up. A busy or greylisting server thus gets room, and a dead one does not keep mail for days.
 */
public record Backoff(Duration base, int maxAttempts) {

    static final Duration CAP = Duration.ofHours(1);

    public Backoff {
        if (base.isNegative() || base.isZero() || maxAttempts < 1) {
            throw new IllegalArgumentException("The retry base must be positive and at least one attempt allowed");
        }
    }

    /** Whether another attempt follows the {@code attemptsMade}-th failed one. */
    public boolean allowsAnother(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    /** The pause after the {@code attemptsMade}-th failed attempt (1 for the first). */
    public Duration delayAfter(int attemptsMade) {
        int doublings = Math.max(0, attemptsMade - 1);
        if (doublings >= 31) {
            return CAP;
        }
        var delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }
}
