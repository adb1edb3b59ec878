package io.guarddesk.crash;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The SMTP server Guarddesk delivers to: GreenMail inside this JVM, so it outlives every kill of
 * the server and counts every delivery, a repeat included (a repeat keeps its Message-ID).
 * Plain SMTP without authentication: the server runs with {@code GUARDDESK_SMTP_STARTTLS=false}.
 */
final class MailSink implements AutoCloseable {

    /** One delivery as the SMTP server received it. */
    record Received(String messageId, List<String> to, MimeMessage message) {
    }

    private final GreenMail server;
    private final int port;

    private MailSink(int port) {
        this.port = port;
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
    }

    static MailSink start() throws IOException {
        int port;
        try (var probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        return new MailSink(port);
    }

    int port() {
        return port;
    }

    int count() {
        return server.getReceivedMessages().length;
    }

    List<Received> received() {
        return Arrays.stream(server.getReceivedMessages()).map(MailSink::toReceived).toList();
    }

    List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> recipients(m).contains(address)).toList();
    }

    /** The first mail to {@code address}, waiting for it (bounded). */
    Optional<MimeMessage> await(String address, Duration timeout) throws InterruptedException {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var mails = to(address);
            if (!mails.isEmpty()) {
                return Optional.of(mails.get(0));
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    /**
     * Waits until nothing new arrived for {@code quiet} (the relay's leases have run out and
     * whatever a killed server held was sent again), at most {@code max}; answers whether it got quiet.
     */
    boolean awaitQuiet(Duration quiet, Duration max) throws InterruptedException {
        var deadline = Instant.now().plus(max);
        int last = count();
        var lastChange = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            int now = count();
            if (now != last) {
                last = now;
                lastChange = Instant.now();
            } else if (Duration.between(lastChange, Instant.now()).compareTo(quiet) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop();
    }

    private static Received toReceived(MimeMessage message) {
        try {
            return new Received(message.getMessageID(), recipients(message), message);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            var all = message.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(a -> ((InternetAddress) a).getAddress()).toList();
        } catch (jakarta.mail.MessagingException e) {
            return List.of();
        }
    }
}
