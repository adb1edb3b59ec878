package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.RateLimits.Policy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How much the public endpoints accept, per client address and per e-mail address. */
@ApplicationScoped
public class PublicLimits {

    @Inject
    @ConfigProperty(name = "guarddesk.limits.per-client-per-hour", defaultValue = "60")
    long perClientPerHour;

    @Inject
    @ConfigProperty(name = "guarddesk.limits.per-address-per-hour", defaultValue = "10")
    long perAddressPerHour;

    public Policy perClient() {
        return new Policy("client", perClientPerHour, Duration.ofHours(1));
    }

    public Policy perAddress() {
        return new Policy("address", perAddressPerHour, Duration.ofHours(1));
    }
}
