package io.guarddesk.staff.boundary;

import io.guarddesk.staff.control.SessionLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How long a staff sign-in on the pages lasts (GUARDDESK_SESSIONS_IDLE_MINUTES, _ABSOLUTE_HOURS). */
@ApplicationScoped
public class SessionSettings {

    @Inject
    @ConfigProperty(name = "guarddesk.sessions.idle-minutes", defaultValue = "30")
    long idleMinutes;

    @Inject
    @ConfigProperty(name = "guarddesk.sessions.absolute-hours", defaultValue = "12")
    long absoluteHours;

    public SessionLimits limits() {
        return new SessionLimits(Duration.ofMinutes(idleMinutes), Duration.ofHours(absoluteHours));
    }
}
