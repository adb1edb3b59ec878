package io.guarddesk.staff.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a staff sign-in on the pages lasts: an idle limit (no request for this long ends it)
 * and an absolute one (a session ends this long after sign-in however busy it was), so a
 * session id that leaked stops working on its own. The container enforces the idle limit too;
 * it is checked here as well so that both limits read from one place and move with one clock.
 */
public record SessionLimits(Duration idle, Duration absolute) {

    public SessionLimits {
        if (idle.isNegative() || idle.isZero() || absolute.isNegative() || absolute.isZero()) {
            throw new IllegalArgumentException("session limits must be positive: idle " + idle + ", absolute " + absolute);
        }
    }

    /** Why a session signed in at {@code signedInAt} and last used at {@code lastUsedAt} is over at {@code now}, if it is. */
    public Expiry expiry(Instant signedInAt, Instant lastUsedAt, Instant now) {
        if (!now.isBefore(signedInAt.plus(absolute))) {
            return Expiry.ABSOLUTE;
        }
        if (!now.isBefore(lastUsedAt.plus(idle))) {
            return Expiry.IDLE;
        }
        return Expiry.NONE;
    }

    public enum Expiry {
        NONE, IDLE, ABSOLUTE
    }
}
