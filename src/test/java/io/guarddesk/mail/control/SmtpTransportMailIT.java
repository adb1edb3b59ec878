package io.guarddesk.mail.control;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP transport against a real SMTP server (GreenMail) on loopback. The port is chosen by the
 * system, so a parallel build (another worktree, CI) using GreenMail cannot collide with this one.
 */
class SmtpTransportMailIT {

    static final String BASE = "https://desk.example.com";

    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private final Composer composer = new Composer(BASE);

    @Test
    @DisplayName("R7.2 R5.1 a mail arrives as text + HTML alternatives with its Message-ID, its Japanese subject intact, one To and no injected header")
    void delivers() throws Exception {
        var rendered = composer.render("reply-notice", Locale.JAPANESE,
                Map.of("name", "青木 葵", "reference", "GD-7K3M9-X2QPA-44R7D", "link", BASE + "/ticket?key=abc"), "not-me-key");
        var envelope = new Envelope(42, composer.newMessageId(), "aoi@example.com", "青木 葵\r\nBcc: evil@example.com",
                rendered.subject() + "\r\nX-Injected: yes", rendered.text(), rendered.html(), Instant.now().plusSeconds(60));

        var result = transport(SERVER.getSmtp().getPort()).send(envelope);

        assertThat(result).isEqualTo(new SendResult.Delivered());
        assertThat(SERVER.waitForIncomingEmail(5_000, 1)).isTrue();
        var received = SERVER.getReceivedMessages();
        assertThat(received).as("one RCPT: nobody got a Bcc").hasSize(1);
        var mail = received[0];
        assertThat(mail.getMessageID()).isEqualTo(envelope.messageId());
        assertThat(mail.getSubject()).isEqualTo("お問い合わせ GD-7K3M9-X2QPA-44R7D に回答がありました X-Injected: yes");
        assertThat(mail.getHeader("X-Injected")).isNull();
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getRecipients(Message.RecipientType.TO)).hasSize(1);
        var to = (InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("aoi@example.com");
        assertThat(to.getPersonal()).isEqualTo("青木 葵 Bcc: evil@example.com");
        assertThat(mail.getRecipients(Message.RecipientType.CC)).isNull();
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("no-reply@guarddesk.local");
        var parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("お客様", BASE + "/not-me?key=not-me-key");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<a href=\"" + BASE + "/not-me?key=not-me-key\">");
        assertThat(Collections.list(mail.getAllHeaderLines())).filteredOn(line -> line.startsWith("Message-ID")).hasSize(1);
    }

    @Test
    @DisplayName("R7.2 no server listening: the send is to be retried later, not bounced")
    void noServer() {
        var envelope = new Envelope(43, composer.newMessageId(), "aoi@example.com", "Aoi", "subject", "text", "<p>html</p>",
                Instant.now().plusSeconds(60));

        var result = transport(unusedPort()).send(envelope);

        assertThat(result).isInstanceOf(SendResult.RetryLater.class);
    }

    private static int unusedPort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SmtpTransport transport(int port) {
        return new SmtpTransport(new SmtpSettings("127.0.0.1", port, Optional.empty(), Optional.empty(), false,
                "Guarddesk <no-reply@guarddesk.local>", Duration.ofSeconds(5)), java.time.Clock.systemUTC());
    }
}
