package io.guarddesk.incidents.boundary.web;

import io.guarddesk.incidents.control.ClockState;
import io.guarddesk.incidents.control.DeadlineClock;
import io.guarddesk.incidents.entity.Deadline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentClockTextsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant DUE = Instant.parse("2026-04-28T15:00:00Z"); // Apr 29 00:00 JST, exclusive

    @Test
    @DisplayName("R3.4 an APPI deadline shows as the last second of its last JST day, not as the next midnight")
    void lastMoment() {
        var clock = new DeadlineClock(Deadline.APPI_PRELIMINARY, ClockState.RUNNING, DUE, Duration.ofDays(1), null, null);

        assertThat(ClockTexts.local(ClockTexts.lastMoment(clock), TOKYO, Locale.ENGLISH)).isEqualTo("2026-04-28 23:59:59 JST");
        assertThat(ClockTexts.local(ClockTexts.lastMoment(clock), TOKYO, Locale.JAPANESE)).isEqualTo("2026-04-28 23:59:59 JST");
    }

    @Test
    @DisplayName("R3.4 time left and time overdue read in days, hours and minutes, in Japanese and English")
    void remaining() {
        var left = new DeadlineClock(Deadline.APPI_FINAL, ClockState.DUE_SOON, DUE, Duration.ofDays(3).plusHours(4).plusMinutes(12).plusSeconds(59),
                null, null);
        var late = new DeadlineClock(Deadline.GDPR, ClockState.OVERDUE, DUE, Duration.ofHours(2).plusMinutes(5).negated(), null, null);
        var done = new DeadlineClock(Deadline.GDPR, ClockState.DONE, DUE, null, DUE.minusSeconds(5), null);

        assertThat(ClockTexts.remaining(left, Locale.ENGLISH)).isEqualTo("3 d 4 h 12 min left");
        assertThat(ClockTexts.remaining(late, Locale.ENGLISH)).isEqualTo("0 d 2 h 5 min overdue");
        assertThat(ClockTexts.remaining(left, Locale.JAPANESE)).isEqualTo("残り 3日 4時間 12分");
        assertThat(ClockTexts.remaining(late, Locale.JAPANESE)).isEqualTo("0日 2時間 5分 超過");
        assertThat(ClockTexts.remaining(done, Locale.ENGLISH)).isEmpty();
    }

    @Test
    @DisplayName("R3.4 each state has its own CSS class: red when overdue, amber when due soon, grey when not required")
    void cssClasses() {
        var texts = new ClockTexts();
        assertThat(texts.cssClass(new DeadlineClock(Deadline.GDPR, ClockState.OVERDUE, DUE, Duration.ZERO, null, null)))
                .isEqualTo("gd-clock gd-clock-overdue");
        assertThat(texts.cssClass(new DeadlineClock(Deadline.GDPR, ClockState.DUE_SOON, DUE, Duration.ofHours(1), null, null)))
                .isEqualTo("gd-clock gd-clock-due_soon");
        assertThat(texts.cssClass(new DeadlineClock(Deadline.GDPR, ClockState.NOT_REQUIRED, null, null, null, null)))
                .isEqualTo("gd-clock gd-clock-not_required");
    }
}
