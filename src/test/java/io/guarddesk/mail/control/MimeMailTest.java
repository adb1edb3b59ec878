package io.guarddesk.mail.control;

import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MimeMailTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String INJECTION = "\r\nBcc: evil@example.com\r\nX-Injected: yes";

    @Test
    @DisplayName("R5.1 a subject and a name carrying CR/LF header injections produce one Subject, one To, no Bcc")
    void headerInjection() throws Exception {
        var mail = envelope("customer@example.com", "Eve" + INJECTION, "Hello" + INJECTION);

        var written = reparse(MimeMail.of(SESSION, mail, "Guarddesk <no-reply@guarddesk.local>", Instant.EPOCH));

        assertThat(written.getHeader("Subject")).hasSize(1);
        assertThat(written.getHeader("To")).hasSize(1);
        assertThat(written.getHeader("Bcc")).isNull();
        assertThat(written.getHeader("X-Injected")).isNull();
        assertThat(written.getAllRecipients()).extracting(Object::toString).hasSize(1).first().asString()
                .contains("customer@example.com");
        assertThat(written.getSubject()).isEqualTo("Hello Bcc: evil@example.com X-Injected: yes");
    }

    @Test
    @DisplayName("R5.1 an address that smuggles a second recipient or a header is refused")
    void addressInjection() {
        for (var address : new String[]{"a@example.com" + INJECTION, "a@example.com, b@example.com", "Eve <a@example.com>", "a@", ""}) {
            assertThat(Recipients.normalised(address)).as(address).isEmpty();
            assertThatThrownBy(() -> MimeMail.of(SESSION, envelope(address, "n", "s"), "x@example.com", Instant.EPOCH))
                    .as(address).isInstanceOf(AddressException.class);
        }
        assertThat(Recipients.normalised(" Aoi.Tanaka@Example.COM ")).contains("aoi.tanaka@example.com");
    }

    @Test
    @DisplayName("R7.2 the message keeps its outbox Message-ID and carries text and HTML as alternatives")
    void stableIdAndAlternatives() throws Exception {
        var message = MimeMail.of(SESSION, envelope("customer@example.com", "青木 葵", "確認のお願い"), "no-reply@guarddesk.local", Instant.EPOCH);
        message.saveChanges();

        var written = reparse(message);
        assertThat(written.getMessageID()).isEqualTo("<fixed-id@desk.example.com>");
        assertThat(written.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        var parts = (MimeMultipart) written.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(written.getSubject()).isEqualTo("確認のお願い");
        assertThat(written.getRecipients(MimeMessage.RecipientType.TO)[0].toString()).contains("=?UTF-8?");
    }

    private static Envelope envelope(String to, String name, String subject) {
        return new Envelope(1, "<fixed-id@desk.example.com>", to, name, subject, "text body", "<p>html body</p>", Instant.EPOCH);
    }

    /** The message as a receiving server would read it: written to bytes and parsed again. */
    private static MimeMessage reparse(MimeMessage message) throws Exception {
        var bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        var headerBlock = bytes.toString(StandardCharsets.US_ASCII).split("\r\n\r\n", 2)[0];
        assertThat(Arrays.stream(headerBlock.split("\r\n")).filter(line -> line.startsWith("Bcc:"))).isEmpty();
        return new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
    }
}
