package io.guarddesk.platform;

import java.time.Duration;

/** A rate limit was reached; says when to try again. */
public class TooManyRequestsException extends DeskException {

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        super(Kind.TOO_MANY, "Too many requests. Please try again in "
                + Math.max(1, retryAfter.toSeconds()) + " seconds.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
