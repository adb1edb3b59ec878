package io.guarddesk.staff.boundary;

import io.guarddesk.platform.ClientAddresses;
import io.guarddesk.platform.RateLimits;
import io.guarddesk.platform.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Failed sign-ins per client address. The per-account back-off slows guessing one password;
 * this slows one client guessing many names, and spares the CPU: once a client is over its
 * limit, its attempts are refused before any password is hashed.
 */
@ApplicationScoped
public class SignInLimits {

    @Inject
    RateLimits rateLimits;

    @Inject
    ClientAddresses clients;

    @Inject
    @ConfigProperty(name = "guarddesk.limits.failed-sign-ins-per-client-per-hour", defaultValue = "60")
    long perHour;

    /** False when this client has failed too often lately. */
    public boolean allows(HttpServletRequest request) {
        return rateLimits.allows(policy(), clients.of(request));
    }

    public void failed(HttpServletRequest request) {
        try {
            rateLimits.consume(policy(), clients.of(request));
        } catch (TooManyRequestsException e) {
            // already over the limit: the next check refuses
        }
    }

    private RateLimits.Policy policy() {
        return new RateLimits.Policy("failed-sign-in", perHour, Duration.ofHours(1));
    }
}
