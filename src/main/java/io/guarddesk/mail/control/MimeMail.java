package io.guarddesk.mail.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Builds the MIME message for an outbox row: exactly one address in To (R5.1), text and HTML as
 * multipart/alternative in UTF-8, the row's own Message-ID so a repeat after a crash is the same
 * message. Header values pass {@link MailText#line} again here, whatever the row holds, so no
 * CR/LF can open a header of its own.
 */
public final class MimeMail {

    private MimeMail() {
    }

    public static MimeMessage of(Session session, Envelope mail, String from, Instant sentAt) throws MessagingException {
        var message = new StableIdMessage(session, mail.messageId());
        message.setFrom(address(from));
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, recipient(mail.recipient(), mail.recipientName()));
        message.setSubject(MailText.line(mail.subject(), Composer.MAX_SUBJECT), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(sentAt));
        // RFC 3834: no out-of-office replies to a notification, and no mail loops
        message.setHeader("Auto-Submitted", "auto-generated");
        var text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        var html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        return message;
    }

    /** One strictly valid address with its display name, UTF-8 encoded where it is not ASCII. */
    static InternetAddress recipient(String address, String name) throws AddressException {
        var parsed = address(address);
        if (parsed.getPersonal() != null) {
            throw new AddressException("A recipient is a bare address; the name comes separately", address);
        }
        try {
            var personal = MailText.line(name, 100);
            return new InternetAddress(parsed.getAddress(), personal.isEmpty() ? null : personal, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is supported by every JVM", e);
        }
    }

    /** Exactly one strictly parsed address: a list or anything with line breaks is refused. */
    static InternetAddress address(String text) throws AddressException {
        var parsed = InternetAddress.parse(MailText.line(text, 400), true);
        if (parsed.length != 1) {
            throw new AddressException("Expected exactly one address", text);
        }
        parsed[0].validate();
        return parsed[0];
    }

    /** Keeps the Message-ID chosen at enqueue instead of a new one on every save. */
    static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
