package io.guarddesk.requesters.boundary;

import io.guarddesk.mail.boundary.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/**
 * A few link mails (confirmations, portal sign-ins) per address per hour and day, whatever asks
 * for them (R1.2): nobody can flood a stranger's mailbox through the desk. Counted from the
 * outbox, so the limit holds across instances.
 */
@ApplicationScoped
public class AddressMailLimits {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "guarddesk.limits.confirmation-mails-per-address-per-hour", defaultValue = "3")
    long perHour;

    @Inject
    @ConfigProperty(name = "guarddesk.limits.confirmation-mails-per-address-per-day", defaultValue = "10")
    long perDay;

    public boolean allow(String address, String kind) {
        var now = clock.instant();
        return outbox.countSince(address, kind, now.minus(Duration.ofHours(1))) < perHour
                && outbox.countSince(address, kind, now.minus(Duration.ofDays(1))) < perDay;
    }
}
