package io.guarddesk.incidents.control;

import io.guarddesk.incidents.entity.Deadline;
import io.guarddesk.incidents.entity.IncidentFacts;
import io.guarddesk.incidents.entity.LeakedData;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The legal clocks of an incident (R3.4), computed from its facts alone, so that every page, the
 * API and the overdue job agree to the nanosecond.
 *
 * <p>APPI (個人情報保護法 第26条, 施行規則 第7条・第8条) counts in calendar days of the desk's zone
 * (Japan), so a leak found at 23:30 JST and one found at 00:30 JST the next day, one hour apart,
 * are a day apart in law:
 * <ul>
 * <li>速報 "promptly": modelled as due at the end of the 5th calendar day after the day of
 *     discovery; amber from the 3rd;</li>
 * <li>確報: 30 days, 60 when wrongful intent is suspected, counted from the day after discovery
 *     (初日不算入, 民法 第140条) and ending with the last day (23:59:59.999… local); amber for the last
 *     7 days.</li>
 * </ul>
 * GDPR Art. 33 counts 72 hours from the instant of discovery, whatever the zone; amber for the
 * last 24 hours.
 *
 * <p>Every due instant is the exclusive end of its period: the start of the next local day for
 * APPI, discovery + 72 h for GDPR. A report counts from the moment it is recorded: the 確報 also
 * answers an outstanding 速報 (the PPC accepts both in one report), so recording the final report
 * closes both APPI clocks.
 */
public final class Deadlines {

    static final int PRELIMINARY_DAYS = 5;
    static final int PRELIMINARY_SOON_FROM_DAY = 3;
    static final int FINAL_DAYS = 30;
    static final int FINAL_DAYS_WRONGFUL_INTENT = 60;
    static final int FINAL_SOON_DAYS = 7;
    static final int PEOPLE_THRESHOLD = 1_000;
    static final Duration GDPR_PERIOD = Duration.ofHours(72);
    static final Duration GDPR_SOON = Duration.ofHours(24);

    private final ZoneId zone;

    public Deadlines(ZoneId zone) {
        this.zone = zone;
    }

    /** Why the leak must be reported to the PPC; empty when it need not be. */
    public Set<ReportableGround> appiGrounds(IncidentFacts facts) {
        var grounds = EnumSet.noneOf(ReportableGround.class);
        if (facts.kinds().contains(LeakedData.SENSITIVE)) {
            grounds.add(ReportableGround.SENSITIVE_DATA);
        }
        if (facts.kinds().stream().anyMatch(LeakedData::financialDamage)) {
            grounds.add(ReportableGround.FINANCIAL_DAMAGE);
        }
        if (facts.unauthorisedAccess()) {
            grounds.add(ReportableGround.UNAUTHORISED_ACCESS);
        }
        if (facts.people() > PEOPLE_THRESHOLD) {
            grounds.add(ReportableGround.MORE_THAN_1000_PEOPLE);
        }
        return grounds;
    }

    /** The three clocks, in the order of {@link Deadline}, as they stand at {@code now}. */
    public List<DeadlineClock> clocks(IncidentFacts facts, Map<Deadline, Instant> reported, Instant now) {
        return List.of(preliminary(facts, reported, now), finalReport(facts, reported, now), gdpr(facts, reported, now));
    }

    private DeadlineClock preliminary(IncidentFacts facts, Map<Deadline, Instant> reported, Instant now) {
        var day = discoveryDay(facts);
        var due = startOf(day.plusDays(PRELIMINARY_DAYS + 1));
        var report = reported.containsKey(Deadline.APPI_PRELIMINARY) ? reported.get(Deadline.APPI_PRELIMINARY)
                : reported.get(Deadline.APPI_FINAL);
        return appi(Deadline.APPI_PRELIMINARY, facts, due, startOf(day.plusDays(PRELIMINARY_SOON_FROM_DAY)), report, now);
    }

    private DeadlineClock finalReport(IncidentFacts facts, Map<Deadline, Instant> reported, Instant now) {
        var lastDay = discoveryDay(facts).plusDays(facts.unauthorisedAccess() ? FINAL_DAYS_WRONGFUL_INTENT : FINAL_DAYS);
        var due = startOf(lastDay.plusDays(1));
        var soonFrom = startOf(lastDay.minusDays(FINAL_SOON_DAYS - 1));
        return appi(Deadline.APPI_FINAL, facts, due, soonFrom, reported.get(Deadline.APPI_FINAL), now);
    }

    private DeadlineClock appi(Deadline deadline, IncidentFacts facts, Instant due, Instant soonFrom, Instant report, Instant now) {
        boolean reportable = !appiGrounds(facts).isEmpty();
        if (report != null) {
            // a voluntary report to the PPC is still a report; the due instant is shown only where one was owed
            return DeadlineClock.done(deadline, reportable ? due : null, report);
        }
        if (!reportable) {
            return DeadlineClock.notRequired(deadline, NotRequiredReason.NOT_REPORTABLE_UNDER_APPI);
        }
        return DeadlineClock.running(deadline, due, soonFrom, now);
    }

    private DeadlineClock gdpr(IncidentFacts facts, Map<Deadline, Instant> reported, Instant now) {
        var due = facts.discoveredAt().plus(GDPR_PERIOD);
        var report = reported.get(Deadline.GDPR);
        if (report != null) {
            return DeadlineClock.done(Deadline.GDPR, facts.gdpr() ? due : null, report);
        }
        if (!facts.gdpr()) {
            return DeadlineClock.notRequired(Deadline.GDPR, NotRequiredReason.GDPR_DOES_NOT_APPLY);
        }
        return DeadlineClock.running(Deadline.GDPR, due, due.minus(GDPR_SOON), now);
    }

    private LocalDate discoveryDay(IncidentFacts facts) {
        return LocalDate.ofInstant(facts.discoveredAt(), zone);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }
}
