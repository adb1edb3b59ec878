package io.guarddesk.notices.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How fast notices go out and how large one may be. */
@ApplicationScoped
public class NoticeSettings {

    @Inject
    @ConfigProperty(name = "guarddesk.notices.rate", defaultValue = "20")
    int rate;

    @Inject
    @ConfigProperty(name = "guarddesk.notices.poll-millis", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "guarddesk.notices.max-recipients", defaultValue = "200000")
    int maxRecipients;

    /** Messages per second, per notice, across all instances together; at least one. */
    public int rate() {
        return Math.max(1, rate);
    }

    public Duration pollInterval() {
        return Duration.ofMillis(Math.max(100, pollMillis));
    }

    public int maxRecipients() {
        return Math.max(1, maxRecipients);
    }
}
