package io.guarddesk.incidents.boundary;

import io.guarddesk.incidents.control.Deadlines;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;

/**
 * The incident settings: the zone whose calendar days APPI deadlines are counted in
 * ({@code guarddesk.incidents.zone} / {@code GUARDDESK_INCIDENTS_ZONE}, default Asia/Tokyo) and
 * whether GDPR applies to a new incident unless the supervisor says otherwise
 * ({@code guarddesk.incidents.gdpr-default}, default false). A zone that does not exist stops
 * the deployment rather than count deadlines in the wrong days.
 */
@ApplicationScoped
public class IncidentSettings {

    @Inject
    @ConfigProperty(name = "guarddesk.incidents.zone", defaultValue = "Asia/Tokyo")
    String zoneName;

    @Inject
    @ConfigProperty(name = "guarddesk.incidents.gdpr-default", defaultValue = "false")
    boolean gdprDefault;

    private Deadlines deadlines;

    @PostConstruct
    void read() {
        deadlines = new Deadlines(ZoneId.of(zoneName));
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    public ZoneId zone() {
        return deadlines.zone();
    }

    public boolean gdprDefault() {
        return gdprDefault;
    }
}
