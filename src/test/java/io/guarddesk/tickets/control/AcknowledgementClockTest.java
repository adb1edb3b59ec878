package io.guarddesk.tickets.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcknowledgementClockTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final AcknowledgementClock.BusinessHours OFFICE =
            AcknowledgementClock.BusinessHours.parse("MON-FRI", "09:00-18:00", TOKYO);

    @Test
    @DisplayName("R3.3 by default a security ticket must be acknowledged one hour after it was tagged, around the clock")
    void oneHourAroundTheClock() {
        var clock = new AcknowledgementClock(Duration.ofHours(1), Optional.empty());
        assertThat(clock.dueFrom(Instant.parse("2026-11-21T23:30:00Z"))).isEqualTo(Instant.parse("2026-11-22T00:30:00Z"));
    }

    @Test
    @DisplayName("R3.3 with business hours only time inside them counts: Friday 17:50 JST with an hour to go is due Monday 09:50 JST")
    void businessHoursCarryOverTheWeekend() {
        var clock = new AcknowledgementClock(Duration.ofHours(1), Optional.of(OFFICE));
        var friday = Instant.parse("2026-11-20T08:50:00Z"); // 17:50 JST
        assertThat(clock.dueFrom(friday).atZone(TOKYO).toLocalDateTime()).hasToString("2026-11-23T09:50");
    }

    @Test
    @DisplayName("R3.3 a report at night is due an hour after the next opening; inside the window it is simply an hour later")
    void nightAndDay() {
        var clock = new AcknowledgementClock(Duration.ofHours(1), Optional.of(OFFICE));
        var wednesdayNight = Instant.parse("2026-11-18T14:00:00Z"); // 23:00 JST
        assertThat(clock.dueFrom(wednesdayNight).atZone(TOKYO).toLocalDateTime()).hasToString("2026-11-19T10:00");
        var wednesdayNoon = Instant.parse("2026-11-18T03:00:00Z"); // 12:00 JST
        assertThat(clock.dueFrom(wednesdayNoon)).isEqualTo(Instant.parse("2026-11-18T04:00:00Z"));
    }

    @Test
    @DisplayName("R3.3 a span longer than a working day runs over several days")
    void severalDays() {
        var clock = new AcknowledgementClock(Duration.ofHours(20), Optional.of(OFFICE));
        var monday = Instant.parse("2026-11-16T00:00:00Z"); // 09:00 JST
        // 9 h Monday, 9 h Tuesday, 2 h Wednesday
        assertThat(clock.dueFrom(monday).atZone(TOKYO).toLocalDateTime()).hasToString("2026-11-18T11:00");
    }

    @Test
    @DisplayName("R3.3 a nonsensical setting is refused when read, not when the first ticket arrives")
    void badSettings() {
        assertThatThrownBy(() -> new AcknowledgementClock(Duration.ZERO, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AcknowledgementClock.BusinessHours.parse("MON-FRI", "18:00-09:00", TOKYO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AcknowledgementClock.BusinessHours.parse("XYZ", "09:00-18:00", TOKYO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
