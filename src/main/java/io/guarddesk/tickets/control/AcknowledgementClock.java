package io.guarddesk.tickets.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * When a security ticket must have been acknowledged (R3.3): a span of time after it was
 * tagged, by default one hour around the clock. With business hours, only time inside them
 * counts: a report at 17:50 with one hour to go and a day ending at 18:00 is due at 09:50 on the
 * next business day, in the desk's zone (so daylight-saving changes count as the wall clock does).
 */
public final class AcknowledgementClock {

    private final Duration within;
    private final Optional<BusinessHours> hours;

    public AcknowledgementClock(Duration within, Optional<BusinessHours> hours) {
        if (within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("the acknowledgement time must be positive");
        }
        this.within = within;
        this.hours = hours;
    }

    public Duration within() {
        return within;
    }

    public Instant dueFrom(Instant tagged) {
        return hours.map(h -> h.add(tagged, within)).orElseGet(() -> tagged.plus(within));
    }

    /** Working days, a daily window and the zone they are meant in. */
    public record BusinessHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone) {

        public BusinessHours {
            if (days.isEmpty() || !opens.isBefore(closes)) {
                throw new IllegalArgumentException("business hours need at least one day and a window that opens before it closes");
            }
            days = EnumSet.copyOf(days);
        }

        /** Parses "MON-FRI" and "09:00-18:00", the form of the configuration settings. */
        public static BusinessHours parse(String days, String window, ZoneId zone) {
            var range = days.strip().toUpperCase(java.util.Locale.ROOT).split("-");
            var first = dayOf(range[0]);
            var last = range.length > 1 ? dayOf(range[1]) : first;
            var set = EnumSet.noneOf(DayOfWeek.class);
            for (var day = first; ; day = day.plus(1)) {
                set.add(day);
                if (day == last) {
                    break;
                }
            }
            var times = window.strip().split("-");
            return new BusinessHours(set, LocalTime.parse(times[0].strip()), LocalTime.parse(times[1].strip()), zone);
        }

        private static DayOfWeek dayOf(String name) {
            var n = name.strip();
            return java.util.Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(n)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not a day of the week: " + n));
        }

        Instant add(Instant start, Duration span) {
            var left = span;
            var at = start.atZone(zone);
            // at most a few weeks of windows for any sane span; the bound keeps a bad setting finite
            for (int i = 0; i < 4_000; i++) {
                var open = openAtOrAfter(at);
                var closes = open.with(this.closes);
                var available = Duration.between(open, closes);
                if (left.compareTo(available) <= 0) {
                    return open.plus(left).toInstant();
                }
                left = left.minus(available);
                at = closes.plusDays(1).with(opens);
            }
            throw new IllegalStateException("business hours too short for " + span);
        }

        /** The moment at or after {@code at} that lies inside a window, or the next opening. */
        private ZonedDateTime openAtOrAfter(ZonedDateTime at) {
            var t = at;
            while (true) {
                if (days.contains(t.getDayOfWeek())) {
                    var time = t.toLocalTime();
                    if (time.isBefore(opens)) {
                        return t.with(opens);
                    }
                    if (time.isBefore(closes)) {
                        return t;
                    }
                }
                t = t.plusDays(1).with(opens);
            }
        }
    }
}
