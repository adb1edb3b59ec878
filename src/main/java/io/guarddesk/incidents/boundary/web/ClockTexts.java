package io.guarddesk.incidents.boundary.web;

import io.guarddesk.incidents.boundary.IncidentSettings;
import io.guarddesk.incidents.control.DeadlineClock;
import io.guarddesk.platform.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the pages show a deadline clock: the last moment of the period in the desk's zone and in
 * UTC, the time left or overdue, and the CSS class of its state. A due instant is the exclusive
 * end of its period, so the last moment shown is one nanosecond before it: an APPI deadline reads
 * "2026-04-28 23:59:59 JST", not "2026-04-29 00:00", which people would read as a day later.
 */
@Named("clockText")
@ApplicationScoped
public class ClockTexts {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    IncidentSettings settings;

    @Inject
    Clock clock;

    public String local(Instant instant) {
        return local(instant, settings.zone(), locale());
    }

    public String utc(Instant instant) {
        return instant == null ? "" : SECONDS.withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    public String lastMomentLocal(DeadlineClock clock) {
        return clock.due() == null ? "" : local(lastMoment(clock), settings.zone(), locale());
    }

    public String lastMomentUtc(DeadlineClock clock) {
        return clock.due() == null ? "" : utc(lastMoment(clock));
    }

    public String remaining(DeadlineClock clock) {
        return remaining(clock, locale());
    }

    /** gd-clock-running, gd-clock-due_soon (amber), gd-clock-overdue (red), gd-clock-done, gd-clock-not_required (grey). */
    public String cssClass(DeadlineClock clock) {
        return "gd-clock gd-clock-" + clock.state().name().toLowerCase(Locale.ROOT);
    }

    public String zoneName() {
        return zoneName(settings.zone(), clock.instant(), locale());
    }

    static String local(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : SECONDS.withZone(zone).format(instant) + " " + zoneName(zone, instant, locale);
    }

    static Instant lastMoment(DeadlineClock clock) {
        return clock.due().minusNanos(1);
    }

    /** "3 d 4 h 12 min left" or "2 h 5 min overdue" (minutes rounded down); empty for a clock that stopped. */
    static String remaining(DeadlineClock clock, Locale locale) {
        if (clock.remaining() == null) {
            return "";
        }
        var left = clock.remaining();
        var key = left.isNegative() || left.isZero() ? "incidents.clock.overdueBy" : "incidents.clock.left";
        return new MessageFormat(Texts.of(locale, key), locale).format(new Object[]{duration(left.abs(), locale)});
    }

    private static String duration(Duration duration, Locale locale) {
        long minutes = duration.toMinutes();
        return new MessageFormat(Texts.of(locale, "incidents.clock.duration"), locale)
                .format(new Object[]{minutes / (24 * 60), (minutes / 60) % 24, minutes % 60});
    }

    /** "JST": the specific name at that instant (the zone's generic short name is "JT", which nobody says). */
    private static String zoneName(ZoneId zone, Instant at, Locale locale) {
        return DateTimeFormatter.ofPattern("z", locale).withZone(zone).format(at);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
