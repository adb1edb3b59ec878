package io.guarddesk.staff.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBackoffTest {

    private final Instant now = Instant.parse("2025-04-01T09:00:00Z");

    private Duration pauseAfter(int failures) {
        return SignInBackoff.pausedUntil(failures, now)
                .map(until -> Duration.between(now, until))
                .orElse(Duration.ZERO);
    }

    @ParameterizedTest(name = "Sign-in back-off: no pause after {0} failures")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void firstFourFailuresAreFree(int failures) {
        assertThat(SignInBackoff.pausedUntil(failures, now)).isEmpty();
    }

    @Test
    @DisplayName("Sign-in back-off: the 5th consecutive failure pauses 30 seconds")
    void fifthFailurePausesThirtySeconds() {
        assertThat(SignInBackoff.pausedUntil(5, now)).contains(now.plusSeconds(30));
    }

    @Test
    @DisplayName("Sign-in back-off: each further failure doubles the pause")
    void pauseDoubles() {
        assertThat(pauseAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(pauseAfter(7)).isEqualTo(Duration.ofSeconds(120));
        assertThat(pauseAfter(8)).isEqualTo(Duration.ofSeconds(240));
        assertThat(pauseAfter(9)).isEqualTo(Duration.ofSeconds(480));
    }

    @ParameterizedTest(name = "Sign-in back-off: the pause after {0} failures is capped at 15 minutes")
    @ValueSource(ints = {10, 11, 15, 16, 31, 32, 63, 64, 100, 1_000_000, Integer.MAX_VALUE})
    void pauseIsCapped(int failures) {
        assertThat(pauseAfter(failures)).isEqualTo(Duration.ofMinutes(15));
    }

    @ParameterizedTest(name = "Sign-in back-off: a nonsensical count of {0} earns no pause and no error")
    @ValueSource(ints = {-1, -100, Integer.MIN_VALUE})
    void negativeCountsAreHarmless(int failures) {
        assertThat(SignInBackoff.pausedUntil(failures, now)).isEmpty();
    }

    @Test
    @DisplayName("Sign-in back-off: the pause never shrinks, never goes negative and never exceeds the cap")
    void pauseIsMonotonicAndBounded() {
        var previous = Duration.ZERO;
        for (int failures = 0; failures <= 200; failures++) {
            var pause = pauseAfter(failures);
            assertThat(pause).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(Duration.ofMinutes(15));
            previous = pause;
        }
    }
}
