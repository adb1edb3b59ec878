package io.guarddesk.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows instants in the desk's time zone ({@code GUARDDESK_TIME_ZONE}, default Asia/Tokyo) as
 * {@code 2026-11-21 18:30}: the converter of Faces 4.0 cannot format {@link Instant}.
 */
@Named("time")
@ApplicationScoped
public class TimeFormat {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of(LocaleBean.ZONE));

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
