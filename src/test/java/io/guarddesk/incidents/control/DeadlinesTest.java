package io.guarddesk.incidents.control;

import io.guarddesk.incidents.entity.Deadline;
import io.guarddesk.incidents.entity.IncidentFacts;
import io.guarddesk.incidents.entity.LeakedData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legal clocks, with every expected instant written out by hand (JST = UTC+9, no DST): the
 * end of a JST day D is D+1 00:00 JST = D 15:00 UTC.
 */
class DeadlinesTest {

    private static final Deadlines JAPAN = new Deadlines(ZoneId.of("Asia/Tokyo"));

    @ParameterizedTest(name = "R3.4 APPI final report, 30 days: discovered {0} (JST day {1}) → due {2}")
    @CsvSource({
            // Jan 31 + 30 days: Feb has 28 days in 2026 → Mar 2 (last day), late from Mar 3 00:00 JST
            "2026-01-31T10:00:00+09:00, Jan 31 2026,       2026-03-02T15:00:00Z",
            // leap 2028: Feb has 29 days → Mar 1
            "2028-01-31T10:00:00+09:00, Jan 31 2028 (leap), 2028-03-01T15:00:00Z",
            // Feb 1 in a leap year: Feb 2..29 are 28 days, Mar 1, 2 → Mar 2
            "2028-02-01T12:00:00+09:00, Feb 1 2028 (leap),  2028-03-02T15:00:00Z",
            // Feb 1 in a common year: Feb 2..28 are 27 days, Mar 1..3 → Mar 3
            "2027-02-01T12:00:00+09:00, Feb 1 2027,         2027-03-03T15:00:00Z",
            // year change: Dec 15 + 30 → Jan 14 of the next year
            "2026-12-15T09:00:00+09:00, Dec 15 2026,        2027-01-14T15:00:00Z",
            // discovered at 23:30 JST: the day is still Jan 10 → Feb 9
            "2026-01-10T23:30:00+09:00, Jan 10 2026 23:30,  2026-02-09T15:00:00Z",
            // 00:30 JST on Jan 11 is 15:30 UTC on Jan 10, the previous UTC day: JST decides → Feb 10
            "2026-01-10T15:30:00Z,      Jan 11 2026 00:30,  2026-02-10T15:00:00Z",
            // given in UTC, already the next day in JST (Apr 1 01:00 JST) → May 1
            "2026-03-31T16:00:00Z,      Apr 1 2026 01:00,   2026-05-01T15:00:00Z",
            // the last instant of a JST day is still that day
            "2026-04-30T14:59:59.999999999Z, Apr 30 2026 23:59:59.999999999, 2026-05-30T15:00:00Z"
    })
    @DisplayName("R3.4 APPI final report: 30 JST calendar days from the day after discovery, across month ends, leap years and New Year")
    void finalReportThirtyDays(String discovered, String jstDay, String due) {
        var facts = reportable(at(discovered), false);

        var clock = clock(facts, Map.of(), at(discovered),
                Deadline.APPI_FINAL);

        assertThat(clock.due()).isEqualTo(Instant.parse(due));
    }

    @ParameterizedTest(name = "R3.4 APPI final report, 60 days with unauthorised access: discovered {0} → due {1}")
    @CsvSource({
            // Jan 31 + 60: Feb 28 is +28, Mar 31 is +59, Apr 1 is +60
            "2026-01-31T10:00:00+09:00, 2026-04-01T15:00:00Z",
            // leap: Feb 29 is +29, Mar 31 is +60
            "2028-01-31T10:00:00+09:00, 2028-03-31T15:00:00Z",
            // Nov 20 + 60: Nov 30 is +10, Dec 31 is +41, Jan 19 is +60
            "2026-11-20T08:00:00+09:00, 2027-01-19T15:00:00Z",
            // 00:30 JST Jan 11 given as the previous UTC day: Jan 11 + 60 = Mar 12
            "2026-01-10T15:30:00Z,      2026-03-12T15:00:00Z"
    })
    @DisplayName("R3.4 APPI final report: 60 days when unauthorised access is suspected")
    void finalReportSixtyDays(String discovered, String due) {
        var at = at(discovered);
        var facts = new IncidentFacts("leak", EnumSet.of(LeakedData.EMAIL), 1, at, true, false);

        var clock = clock(facts, Map.of(), at, Deadline.APPI_FINAL);

        assertThat(clock.due()).isEqualTo(Instant.parse(due));
        assertThat(JAPAN.appiGrounds(facts)).containsExactly(ReportableGround.UNAUTHORISED_ACCESS);
    }

    @ParameterizedTest(name = "R3.4 APPI preliminary report: discovered {0} → due {1} (end of the 5th JST day after)")
    @CsvSource({
            // Jan 10 23:30 JST → Jan 15 is the 5th day, late from Jan 16 00:00 JST
            "2026-01-10T23:30:00+09:00, 2026-01-15T15:00:00Z",
            // one hour later, 00:30 JST Jan 11 (= Jan 10 15:30 UTC) → a day later
            "2026-01-10T15:30:00Z,      2026-01-16T15:00:00Z",
            // across the year: Dec 28 → Jan 2
            "2026-12-28T18:00:00+09:00, 2027-01-02T15:00:00Z",
            // across a leap February: Feb 26 2028 → Mar 2
            "2028-02-26T09:00:00+09:00, 2028-03-02T15:00:00Z",
            // common February: Feb 26 2027 → Mar 3
            "2027-02-26T09:00:00+09:00, 2027-03-03T15:00:00Z"
    })
    @DisplayName("R3.4 APPI preliminary report: due at the end of the 5th JST day after the day of discovery")
    void preliminaryReport(String discovered, String due) {
        var at = at(discovered);

        assertThat(clock(reportable(at, false), Map.of(), at, Deadline.APPI_PRELIMINARY).due()).isEqualTo(Instant.parse(due));
    }

    @Test
    @DisplayName("R3.4 APPI preliminary: RUNNING on days 0–2, amber (DUE_SOON) from day 3 00:00 JST, OVERDUE from day 6 00:00 JST")
    void preliminaryStates() {
        var discovered = Instant.parse("2026-06-10T01:00:00Z"); // Jun 10 10:00 JST
        var facts = reportable(discovered, false);

        assertThat(state(facts, discovered, Deadline.APPI_PRELIMINARY)).isEqualTo(ClockState.RUNNING);
        // Jun 12 23:59:59.999 JST: still day 2
        assertThat(state(facts, Instant.parse("2026-06-12T14:59:59.999Z"), Deadline.APPI_PRELIMINARY)).isEqualTo(ClockState.RUNNING);
        // Jun 13 00:00 JST: day 3
        assertThat(state(facts, Instant.parse("2026-06-12T15:00:00Z"), Deadline.APPI_PRELIMINARY)).isEqualTo(ClockState.DUE_SOON);
        // Jun 15 23:59:59.999999999 JST: the last instant of day 5
        var lastInstant = Instant.parse("2026-06-15T14:59:59.999999999Z");
        var last = clock(facts, Map.of(), lastInstant, Deadline.APPI_PRELIMINARY);
        assertThat(last.state()).isEqualTo(ClockState.DUE_SOON);
        assertThat(last.remaining()).isEqualTo(Duration.ofNanos(1));
        // Jun 16 00:00 JST
        var late = clock(facts, Map.of(), Instant.parse("2026-06-15T15:00:00Z"), Deadline.APPI_PRELIMINARY);
        assertThat(late.state()).isEqualTo(ClockState.OVERDUE);
        assertThat(late.remaining()).isZero();
        assertThat(late.overdue()).isTrue();
    }

    @Test
    @DisplayName("R3.4 remaining time is exact while running and negative once overdue")
    void remainingAndOverdueDurations() {
        var discovered = Instant.parse("2026-01-31T01:00:00Z"); // Jan 31 10:00 JST, final due 2026-03-02T15:00Z
        var facts = reportable(discovered, false);

        var running = clock(facts, Map.of(), Instant.parse("2026-03-01T15:00:00Z"), Deadline.APPI_FINAL);
        assertThat(running.state()).as("the last day").isEqualTo(ClockState.DUE_SOON);
        assertThat(running.remaining()).isEqualTo(Duration.ofHours(24));

        var overdue = clock(facts, Map.of(), Instant.parse("2026-03-04T18:30:00Z"), Deadline.APPI_FINAL);
        assertThat(overdue.state()).isEqualTo(ClockState.OVERDUE);
        assertThat(overdue.remaining()).isEqualTo(Duration.ofDays(2).plusHours(3).plusMinutes(30).negated());
    }

    @Test
    @DisplayName("R3.4 APPI final: amber for the last 7 JST days only")
    void finalDueSoonWindow() {
        var discovered = Instant.parse("2026-01-31T01:00:00Z"); // last day Mar 2 JST → amber from Feb 24 00:00 JST
        var facts = reportable(discovered, false);

        assertThat(state(facts, Instant.parse("2026-02-23T14:59:59Z"), Deadline.APPI_FINAL)).isEqualTo(ClockState.RUNNING);
        assertThat(state(facts, Instant.parse("2026-02-23T15:00:00Z"), Deadline.APPI_FINAL)).isEqualTo(ClockState.DUE_SOON);
        assertThat(state(facts, Instant.parse("2026-03-02T15:00:00Z"), Deadline.APPI_FINAL)).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    @DisplayName("R3.4 GDPR: exactly 72 h from the instant of discovery, across a month end and a leap day, amber for the last 24 h")
    void gdprSeventyTwoHours() {
        var discovered = Instant.parse("2026-01-30T10:15:30.250Z");
        var facts = new IncidentFacts("leak", EnumSet.of(LeakedData.EMAIL), 3, discovered, false, true);

        var clock = clock(facts, Map.of(), discovered, Deadline.GDPR);
        assertThat(clock.due()).isEqualTo(Instant.parse("2026-02-02T10:15:30.250Z"));
        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
        assertThat(clock.remaining()).isEqualTo(Duration.ofHours(72));
        assertThat(state(facts, Instant.parse("2026-02-01T10:15:30.249Z"), Deadline.GDPR)).isEqualTo(ClockState.RUNNING);
        assertThat(state(facts, Instant.parse("2026-02-01T10:15:30.250Z"), Deadline.GDPR)).isEqualTo(ClockState.DUE_SOON);
        assertThat(state(facts, Instant.parse("2026-02-02T10:15:30.249Z"), Deadline.GDPR)).isEqualTo(ClockState.DUE_SOON);
        assertThat(state(facts, Instant.parse("2026-02-02T10:15:30.250Z"), Deadline.GDPR)).isEqualTo(ClockState.OVERDUE);

        var leap = new IncidentFacts("leak", EnumSet.of(LeakedData.EMAIL), 3, Instant.parse("2028-02-27T20:00:00Z"), false, true);
        assertThat(clock(leap, Map.of(), leap.discoveredAt(), Deadline.GDPR).due()).isEqualTo(Instant.parse("2028-03-01T20:00:00Z"));
    }

    @Test
    @DisplayName("R3.4 GDPR does not depend on the desk's zone; APPI does")
    void gdprIgnoresZoneAppiDoesNot() {
        var discovered = Instant.parse("2026-01-10T15:30:00Z"); // Jan 11 00:30 JST, Jan 10 in UTC
        var facts = new IncidentFacts("leak", EnumSet.of(LeakedData.CARD_DATA), 1, discovered, false, true);
        var utc = new Deadlines(ZoneId.of("UTC"));

        assertThat(utc.clocks(facts, Map.of(), discovered).get(2).due()).isEqualTo(JAPAN.clocks(facts, Map.of(), discovered).get(2).due());
        assertThat(utc.clocks(facts, Map.of(), discovered).get(1).due()).isEqualTo(Instant.parse("2026-02-10T00:00:00Z"));
        assertThat(JAPAN.clocks(facts, Map.of(), discovered).get(1).due()).isEqualTo(Instant.parse("2026-02-10T15:00:00Z"));
    }

    @Test
    @DisplayName("R3.4 GDPR not applicable → NOT_REQUIRED with the reason, no due instant")
    void gdprNotApplicable() {
        var discovered = Instant.parse("2026-05-01T00:00:00Z");
        var clock = clock(reportable(discovered, false), Map.of(), discovered, Deadline.GDPR);

        assertThat(clock.state()).isEqualTo(ClockState.NOT_REQUIRED);
        assertThat(clock.reason()).isEqualTo(NotRequiredReason.GDPR_DOES_NOT_APPLY);
        assertThat(clock.due()).isNull();
        assertThat(clock.remaining()).isNull();
    }

    @Test
    @DisplayName("R3.4 one person with card data is reportable under APPI (incident #2): both APPI clocks run")
    void onePersonWithCardDataIsReportable() {
        var discovered = Instant.parse("2026-04-23T03:00:00Z");
        var facts = new IncidentFacts("card data", EnumSet.of(LeakedData.CARD_DATA), 1, discovered, false, false);

        assertThat(JAPAN.appiGrounds(facts)).containsExactly(ReportableGround.FINANCIAL_DAMAGE);
        assertThat(JAPAN.clocks(facts, Map.of(), discovered)).extracting(DeadlineClock::state)
                .containsExactly(ClockState.RUNNING, ClockState.RUNNING, ClockState.NOT_REQUIRED);
    }

    @ParameterizedTest(name = "R3.4 {0} alone makes one person's leak reportable")
    @EnumSource(value = LeakedData.class, names = {"CARD_DATA", "CREDENTIALS", "SENSITIVE"})
    @DisplayName("R3.4 card data, credentials and sensitive data are reportable for a single person")
    void reportableKinds(LeakedData kind) {
        var facts = new IncidentFacts("leak", EnumSet.of(kind), 1, Instant.parse("2026-04-23T03:00:00Z"), false, false);

        assertThat(JAPAN.appiGrounds(facts)).isNotEmpty();
    }

    @ParameterizedTest(name = "R3.4 {0} of one person, without unauthorised access, is not reportable")
    @EnumSource(value = LeakedData.class, names = {"CARD_DATA", "CREDENTIALS", "SENSITIVE"}, mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("R3.4 other kinds of data of one person are not reportable by themselves")
    void ordinaryKindsAreNotReportableAlone(LeakedData kind) {
        var facts = new IncidentFacts("leak", EnumSet.of(kind), 1, Instant.parse("2026-04-23T03:00:00Z"), false, false);

        assertThat(JAPAN.appiGrounds(facts)).isEmpty();
    }

    @Test
    @DisplayName("R3.4 more than 1,000 people is reportable, exactly 1,000 is not")
    void peopleThreshold() {
        var at = Instant.parse("2026-04-23T03:00:00Z");
        var kinds = EnumSet.of(LeakedData.EMAIL, LeakedData.NAME, LeakedData.POSTAL_ADDRESS);

        assertThat(JAPAN.appiGrounds(new IncidentFacts("t", kinds, 1_000, at, false, false))).isEmpty();
        assertThat(JAPAN.appiGrounds(new IncidentFacts("t", kinds, 1_001, at, false, false)))
                .containsExactly(ReportableGround.MORE_THAN_1000_PEOPLE);
    }

    @Test
    @DisplayName("R3.4 not reportable under APPI → both APPI clocks NOT_REQUIRED with the reason, even long after discovery")
    void notReportable() {
        var discovered = Instant.parse("2026-04-23T03:00:00Z");
        var facts = new IncidentFacts("addresses", EnumSet.of(LeakedData.EMAIL), 12, discovered, false, false);

        var clocks = JAPAN.clocks(facts, Map.of(), discovered.plus(Duration.ofDays(400)));

        assertThat(clocks).extracting(DeadlineClock::state).containsOnly(ClockState.NOT_REQUIRED);
        assertThat(clocks.subList(0, 2)).extracting(DeadlineClock::reason).containsOnly(NotRequiredReason.NOT_REPORTABLE_UNDER_APPI);
        assertThat(clocks).noneMatch(DeadlineClock::overdue);
    }

    @Test
    @DisplayName("R3.4 a recorded report makes its clock DONE, also after the due instant, and says whether it was late")
    void reportedIsDone() {
        var discovered = Instant.parse("2026-04-23T03:00:00Z"); // Apr 23 12:00 JST; preliminary due Apr 28 15:00Z
        var facts = new IncidentFacts("leak", EnumSet.of(LeakedData.CREDENTIALS), 2, discovered, false, true);
        var onTime = Instant.parse("2026-04-24T00:00:00Z");
        var late = Instant.parse("2026-04-28T15:00:00Z");
        var reported = new EnumMap<Deadline, Instant>(Map.of(Deadline.APPI_PRELIMINARY, onTime, Deadline.GDPR, late));

        var clocks = JAPAN.clocks(facts, reported, Instant.parse("2026-06-30T00:00:00Z"));

        assertThat(clocks.get(0).state()).isEqualTo(ClockState.DONE);
        assertThat(clocks.get(0).reportedAt()).isEqualTo(onTime);
        assertThat(clocks.get(0).reportedLate()).isFalse();
        assertThat(clocks.get(0).remaining()).isNull();
        assertThat(clocks.get(1).state()).as("the final report is still owed").isEqualTo(ClockState.OVERDUE);
        assertThat(clocks.get(2).state()).isEqualTo(ClockState.DONE);
        assertThat(clocks.get(2).reportedLate()).as("GDPR recorded after 72 h").isTrue();
    }

    @Test
    @DisplayName("R3.4 the final report also answers an outstanding preliminary report")
    void finalReportClosesPreliminary() {
        var discovered = Instant.parse("2026-04-23T03:00:00Z");
        var facts = reportable(discovered, false);
        var sent = Instant.parse("2026-04-25T05:00:00Z");

        var clocks = JAPAN.clocks(facts, Map.of(Deadline.APPI_FINAL, sent), Instant.parse("2026-05-30T00:00:00Z"));

        assertThat(clocks.subList(0, 2)).extracting(DeadlineClock::state).containsOnly(ClockState.DONE);
        assertThat(clocks.get(0).reportedAt()).isEqualTo(sent);
    }

    @Test
    @DisplayName("R3.4 a preliminary report alone leaves the final clock running")
    void preliminaryDoesNotCloseFinal() {
        var discovered = Instant.parse("2026-04-23T03:00:00Z");
        var clocks = JAPAN.clocks(reportable(discovered, false), Map.of(Deadline.APPI_PRELIMINARY, discovered.plusSeconds(3600)),
                discovered.plus(Duration.ofDays(2)));

        assertThat(clocks).extracting(DeadlineClock::state).containsExactly(ClockState.DONE, ClockState.RUNNING, ClockState.NOT_REQUIRED);
    }

    @Test
    @DisplayName("R3.4 the clocks come in the order of Deadline: preliminary, final, GDPR")
    void order() {
        var discovered = Instant.parse("2026-04-23T03:00:00Z");
        assertThat(JAPAN.clocks(reportable(discovered, true), Map.of(), discovered)).extracting(DeadlineClock::deadline)
                .containsExactly(Deadline.APPI_PRELIMINARY, Deadline.APPI_FINAL, Deadline.GDPR);
    }

    private static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    private static IncidentFacts reportable(Instant discovered, boolean gdpr) {
        return new IncidentFacts("leak", Set.of(LeakedData.CARD_DATA, LeakedData.NAME), 1, discovered, false, gdpr);
    }

    private static DeadlineClock clock(IncidentFacts facts, Map<Deadline, Instant> reported, Instant now, Deadline which) {
        return JAPAN.clocks(facts, reported, now).get(which.ordinal());
    }

    private static ClockState state(IncidentFacts facts, Instant now, Deadline which) {
        return clock(facts, Map.of(), now, which).state();
    }
}
