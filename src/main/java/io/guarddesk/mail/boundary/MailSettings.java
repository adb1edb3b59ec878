package io.guarddesk.mail.boundary;

import io.guarddesk.mail.control.Backoff;
import io.guarddesk.mail.control.Composer;
import io.guarddesk.mail.control.DevMailbox;
import io.guarddesk.mail.control.MailTransport;
import io.guarddesk.mail.control.RelaySettings;
import io.guarddesk.mail.control.SmtpSettings;
import io.guarddesk.mail.control.SmtpTransport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The mail configuration (MicroProfile Config, so {@code GUARDDESK_SMTP_HOST} and friends) and the
 * transport it selects: SMTP when a host is set, the dev mailbox otherwise.
 */
@ApplicationScoped
public class MailSettings {

    private static final Logger LOG = Logger.getLogger(MailSettings.class.getName());
    /** Bounds one SMTP conversation; the lease gives a send four times as long. */
    static final Duration SMTP_TIMEOUT = Duration.ofSeconds(15);
    static final int BATCH = 20;

    @Inject
    @ConfigProperty(name = "guarddesk.public-url", defaultValue = "http://localhost:8480")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "guarddesk.mail.from", defaultValue = "Guarddesk <no-reply@guarddesk.local>")
    String from;

    @Inject
    @ConfigProperty(name = "guarddesk.mail.poll-millis", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "guarddesk.mail.retry-base-seconds", defaultValue = "30")
    long retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "guarddesk.mail.max-attempts", defaultValue = "12")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "guarddesk.mail.lease-seconds", defaultValue = "60")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "guarddesk.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "guarddesk.smtp.port", defaultValue = "587")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "guarddesk.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "guarddesk.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "guarddesk.smtp.starttls", defaultValue = "true")
    boolean starttls;

    public Composer composer() {
        return new Composer(publicUrl.strip());
    }

    public Duration pollInterval() {
        return Duration.ofMillis(Math.max(100, pollMillis));
    }

    public RelaySettings relay() {
        if (Duration.ofSeconds(leaseSeconds).compareTo(SMTP_TIMEOUT.multipliedBy(2)) <= 0) {
            throw new IllegalStateException("guarddesk.mail.lease-seconds must be more than "
                    + SMTP_TIMEOUT.multipliedBy(2).toSeconds() + ": a relay must hold its mails longer than one send can take");
        }
        return new RelaySettings(Duration.ofSeconds(leaseSeconds), SMTP_TIMEOUT.multipliedBy(2), BATCH,
                new Backoff(Duration.ofSeconds(retryBaseSeconds), maxAttempts));
    }

    @Produces
    @ApplicationScoped
    MailTransport transport(Clock clock) {
        var host = smtpHost.map(String::strip).filter(h -> !h.isEmpty());
        if (host.isEmpty()) {
            LOG.warning("guarddesk.smtp.host is not set: mail is kept in the dev mailbox (/admin/mailbox) and never sent");
            return new DevMailbox();
        }
        var settings = new SmtpSettings(host.get(), smtpPort, smtpUser.filter(u -> !u.isBlank()), smtpPassword, starttls,
                from, SMTP_TIMEOUT);
        LOG.info(() -> "Mail leaves through " + settings);
        return new SmtpTransport(settings, clock);
    }
}
