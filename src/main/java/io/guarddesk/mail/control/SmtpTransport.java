package io.guarddesk.mail.control;

import io.guarddesk.mail.entity.Destination;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import java.time.Clock;
import java.util.Properties;

/**
 * The one place that talks SMTP. Every call opens its own connection: the relay sends a handful
 * of mails per second at most, and a fresh connection cannot carry a broken state over from the
 * last failure. Timeouts bound a send, so that it ends well within the relay's lease.
 */
public final class SmtpTransport implements MailTransport {

    private final SmtpSettings settings;
    private final Session session;
    private final Clock clock;

    public SmtpTransport(SmtpSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.session = Session.getInstance(properties(settings));
    }

    @Override
    public SendResult send(Envelope mail) {
        try {
            var message = MimeMail.of(session, mail, settings.from(), clock.instant());
            if (settings.user().isPresent()) {
                Transport.send(message, settings.user().get(), settings.password().orElse(""));
            } else {
                Transport.send(message);
            }
            return new SendResult.Delivered();
        } catch (MessagingException e) {
            return SmtpReplies.classify(e);
        }
    }

    @Override
    public Destination destination() {
        return Destination.SMTP;
    }

    static Properties properties(SmtpSettings settings) {
        var millis = Long.toString(settings.timeout().toMillis());
        var properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
        // with STARTTLS asked for, never fall back to plain text: credentials and links would travel in clear
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.starttls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.starttls()));
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        properties.put("mail.smtp.connectiontimeout", millis);
        properties.put("mail.smtp.timeout", millis);
        properties.put("mail.smtp.writetimeout", millis);
        properties.put("mail.mime.charset", "UTF-8");
        return properties;
    }
}
