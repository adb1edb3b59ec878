package io.guarddesk.platform;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitsTest {

    private final RateLimits limits = new RateLimits();
    private final RateLimits.Policy threePerHour = new RateLimits.Policy("test", 3, Duration.ofHours(1));

    @Test
    @DisplayName("R1.2 a policy of 3 per hour lets 3 requests through for a key and refuses the 4th with a wait")
    void fourthRequestIsRefused() {
        for (int i = 0; i < 3; i++) {
            assertThatCode(() -> limits.consume(threePerHour, "hanako@example.com")).doesNotThrowAnyException();
        }

        assertThatThrownBy(() -> limits.consume(threePerHour, "hanako@example.com"))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    // refilled evenly: one token every 20 minutes
                    assertThat(e.retryAfter()).isPositive()
                            .isBetween(Duration.ofMinutes(19), Duration.ofMinutes(20));
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.TOO_MANY);
                    assertThat(e.kind().status).isEqualTo(429);
                    assertThat(e.getMessage()).contains("seconds");
                });
    }

    @Test
    @DisplayName("R1.2 a refused key stays refused on further attempts")
    void refusedKeyStaysRefused() {
        for (int i = 0; i < 3; i++) {
            limits.consume(threePerHour, "203.0.113.7");
        }
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> limits.consume(threePerHour, "203.0.113.7"))
                    .isInstanceOf(TooManyRequestsException.class);
        }
    }

    @Test
    @DisplayName("R1.2 another key has its own limit")
    void keysAreIndependent() {
        for (int i = 0; i < 3; i++) {
            limits.consume(threePerHour, "hanako@example.com");
        }

        for (int i = 0; i < 3; i++) {
            assertThatCode(() -> limits.consume(threePerHour, "taro@example.com")).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> limits.consume(threePerHour, "taro@example.com"))
                .isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    @DisplayName("R1.2 the same key under another policy has its own limit")
    void policiesAreIndependent() {
        var perClient = new RateLimits.Policy("client", 1, Duration.ofHours(1));
        var perAddress = new RateLimits.Policy("address", 1, Duration.ofHours(1));
        limits.consume(perClient, "same-key");

        assertThatCode(() -> limits.consume(perAddress, "same-key")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.consume(perClient, "same-key")).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    @DisplayName("R1.2 a flood of new keys neither grows the table, nor locks out newcomers, nor resets a key limited just now")
    void keyFloodKeepsRecentLimits() {
        var clock = new ManualTime();
        var limits = new RateLimits(100, clock);
        var junk = new RateLimits.Policy("junk", 5, Duration.ofHours(1));
        for (int i = 0; i < 500; i++) {
            clock.nanos++;
            limits.consume(junk, "junk-" + i);
        }
        var strict = new RateLimits.Policy("address", 1, Duration.ofHours(1));
        clock.nanos++;
        limits.consume(strict, "victim@example.com");

        clock.nanos++;
        assertThatCode(() -> limits.consume(junk, "newcomer")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.consume(strict, "victim@example.com")).isInstanceOf(TooManyRequestsException.class);
        assertThat(limits.size()).isLessThanOrEqualTo(100);
    }

    @Test
    @DisplayName("R1.2 when the table is full, buckets that have refilled completely are forgotten to make room")
    void idleBucketsAreEvicted() {
        var clock = new ManualTime();
        var limits = new RateLimits(10, clock);
        var policy = new RateLimits.Policy("client", 2, Duration.ofMinutes(1));
        for (int i = 0; i < 10; i++) {
            limits.consume(policy, "client-" + i);
        }
        clock.nanos += Duration.ofMinutes(1).toNanos();

        limits.consume(policy, "newcomer");

        assertThat(limits.size()).isLessThan(10);
    }

    /** Time that moves only when the test says so. */
    static final class ManualTime implements TimeMeter {

        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
