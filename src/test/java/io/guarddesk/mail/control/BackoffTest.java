package io.guarddesk.mail.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), 12);

    @Test
    @DisplayName("R7.2 retries wait 30 s, doubling after each failure, never more than an hour")
    void schedule() {
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(backoff::delayAfter).map(Duration::toSeconds))
                .containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L);
        assertThat(backoff.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    @DisplayName("R7.2 after the 12th failed attempt the mail is given up")
    void givesUp() {
        assertThat(backoff.allowsAnother(11)).isTrue();
        assertThat(backoff.allowsAnother(12)).isFalse();
    }

    @Test
    @DisplayName("R7.2 a zero base or no attempts is a configuration error, not a busy loop")
    void validated() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
