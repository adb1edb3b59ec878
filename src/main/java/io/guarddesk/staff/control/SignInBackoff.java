package io.guarddesk.staff.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long an account waits after consecutive failed sign-ins: free tries first, then a pause
 * that doubles with every further failure up to a cap. Slows password guessing on one account
 * to a crawl while a user who mistyped a few times is not locked out for long.
 */
public final class SignInBackoff {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration MAX_PAUSE = Duration.ofMinutes(15);

    private SignInBackoff() {
    }

    /** The end of the pause after the {@code failures}-th consecutive failure, if it earns one. */
    public static Optional<Instant> pausedUntil(int failures, Instant now) {
        if (failures < FREE_ATTEMPTS) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        var pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return Optional.of(now.plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause));
    }
}
