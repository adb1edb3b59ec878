package io.guarddesk.supervision.control;

import io.guarddesk.tickets.entity.SecuritySource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DailySourcesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    @DisplayName("R3.3 the dashboard counts a ticket on its day in the desk's zone: 23:30 UTC is the next JST day; days without any are zero")
    void daysInTheDesksZone() {
        var daily = new DailySources(LocalDate.parse("2026-11-28"), LocalDate.parse("2026-12-01"));
        daily.count(Instant.parse("2026-11-30T23:30:00Z"), SecuritySource.CLASSIFIER, TOKYO); // 12-01 08:30 JST
        daily.count(Instant.parse("2026-11-30T14:59:00Z"), SecuritySource.CLASSIFIER, TOKYO); // 11-30 23:59 JST
        daily.count(Instant.parse("2026-11-28T00:00:00Z"), SecuritySource.ESCALATION, TOKYO);
        daily.count(Instant.parse("2026-11-20T00:00:00Z"), SecuritySource.ESCALATION, TOKYO); // outside the range

        assertThat(daily.days()).hasSize(4).first().hasToString("2026-11-28");
        assertThat(daily.series(SecuritySource.CLASSIFIER)).containsExactly(0, 0, 1, 1);
        assertThat(daily.series(SecuritySource.ESCALATION)).containsExactly(1, 0, 0, 0);
        assertThat(daily.series(SecuritySource.NOT_ME)).containsExactly(0, 0, 0, 0);
        assertThat(daily.total()).isEqualTo(3);
    }
}
