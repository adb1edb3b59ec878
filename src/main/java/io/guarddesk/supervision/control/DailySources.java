package io.guarddesk.supervision.control;

import io.guarddesk.tickets.entity.SecuritySource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Security tickets per day and by source, for the dashboard's chart: days in the desk's zone
 * (a report at 08:30 JST belongs to that JST day, not to the UTC day before), every day of the
 * range present even when it had none.
 */
public final class DailySources {

    private final TreeMap<LocalDate, Map<SecuritySource, Integer>> days = new TreeMap<>();

    public DailySources(LocalDate first, LocalDate last) {
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.put(day, new EnumMap<>(SecuritySource.class));
        }
    }

    public void count(Instant taggedAt, SecuritySource source, ZoneId zone) {
        var day = days.get(taggedAt.atZone(zone).toLocalDate());
        if (day != null) {
            day.merge(source, 1, Integer::sum);
        }
    }

    public List<LocalDate> days() {
        return List.copyOf(days.keySet());
    }

    public List<Integer> series(SecuritySource source) {
        return days.values().stream().map(d -> d.getOrDefault(source, 0)).toList();
    }

    public int total() {
        return days.values().stream().flatMap(d -> d.values().stream()).mapToInt(Integer::intValue).sum();
    }
}
