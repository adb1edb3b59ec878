package io.guarddesk.staff.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionLimitsTest {

    private static final Instant SIGN_IN = Instant.parse("2026-11-21T00:00:00Z");
    private final SessionLimits limits = new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12));

    @Test
    @DisplayName("R7.3 a session used within its idle limit lives on, to the second before the limit")
    void idleWithinLimit() {
        var lastUsed = SIGN_IN.plusSeconds(3600);

        assertThat(limits.expiry(SIGN_IN, lastUsed, lastUsed.plus(Duration.ofMinutes(30)).minusSeconds(1)))
                .isEqualTo(SessionLimits.Expiry.NONE);
        assertThat(limits.expiry(SIGN_IN, lastUsed, lastUsed.plus(Duration.ofMinutes(30))))
                .isEqualTo(SessionLimits.Expiry.IDLE);
    }

    @Test
    @DisplayName("R7.3 a session in constant use still ends at its absolute limit after sign-in")
    void absoluteLimit() {
        var end = SIGN_IN.plus(Duration.ofHours(12));

        assertThat(limits.expiry(SIGN_IN, end.minusSeconds(2), end.minusSeconds(1))).isEqualTo(SessionLimits.Expiry.NONE);
        assertThat(limits.expiry(SIGN_IN, end.minusSeconds(1), end)).isEqualTo(SessionLimits.Expiry.ABSOLUTE);
        assertThat(limits.expiry(SIGN_IN, end.plusSeconds(5), end.plusSeconds(6)))
                .as("even a request the moment before, which kept it from idling").isEqualTo(SessionLimits.Expiry.ABSOLUTE);
    }

    @Test
    @DisplayName("R7.3 limits of zero or below are refused rather than turned into sessions that never or always end")
    void positiveOnly() {
        assertThatThrownBy(() -> new SessionLimits(Duration.ZERO, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionLimits(Duration.ofMinutes(1), Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
