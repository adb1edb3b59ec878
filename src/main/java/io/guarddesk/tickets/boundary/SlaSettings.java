package io.guarddesk.tickets.boundary;

import io.guarddesk.tickets.control.AcknowledgementClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The security tickets' acknowledgement clock (R3.3), from configuration: minutes to acknowledge
 * (default 60), optional business days and hours in a zone, and how long after a breach the
 * privacy officer is told too.
 */
@ApplicationScoped
public class SlaSettings {

    @Inject
    @ConfigProperty(name = "guarddesk.sla.acknowledge-minutes", defaultValue = "60")
    long acknowledgeMinutes;

    @Inject
    @ConfigProperty(name = "guarddesk.sla.privacy-officer-after-minutes", defaultValue = "60")
    long officerAfterMinutes;

    @Inject
    @ConfigProperty(name = "guarddesk.sla.business-days")
    Optional<String> businessDays;

    @Inject
    @ConfigProperty(name = "guarddesk.sla.business-hours")
    Optional<String> businessHours;

    @Inject
    @ConfigProperty(name = "guarddesk.sla.zone", defaultValue = "Asia/Tokyo")
    String zone;

    private AcknowledgementClock clock;

    @PostConstruct
    void read() {
        var hours = businessHours.filter(h -> !h.isBlank())
                .map(h -> AcknowledgementClock.BusinessHours.parse(businessDays.filter(d -> !d.isBlank()).orElse("MON-FRI"), h,
                        ZoneId.of(zone)));
        clock = new AcknowledgementClock(Duration.ofMinutes(acknowledgeMinutes), hours);
    }

    public AcknowledgementClock acknowledgement() {
        return clock;
    }

    /** How long after the acknowledgement deadline the privacy officer is told as well. */
    public Duration privacyOfficerAfter() {
        return Duration.ofMinutes(officerAfterMinutes);
    }
}
