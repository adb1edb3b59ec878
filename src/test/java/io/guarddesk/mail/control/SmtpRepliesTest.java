package io.guarddesk.mail.control;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpRepliesTest {

    @Test
    @DisplayName("R7.2 a 5xx reply for the recipient bounces the mail with the reply line")
    void permanent() throws Exception {
        var rejected = new SMTPAddressFailedException(new InternetAddress("nobody@example.com"), "RCPT TO:<nobody@example.com>", 550,
                "550 5.1.1 <nobody@example.com>: Recipient address rejected\n");
        var failure = new SendFailedException("Invalid Addresses", rejected);

        assertThat(SmtpReplies.classify(failure)).isEqualTo(new SendResult.Bounced("550 5.1.1 <nobody@example.com>: Recipient address rejected"));
    }

    @Test
    @DisplayName("R7.2 a 4xx reply is retried later")
    void temporary() {
        var failure = new SMTPSendFailedException("DATA", 451, "451 4.3.0 Try again later", null, null, null, null);

        assertThat(SmtpReplies.classify(failure)).isEqualTo(new SendResult.RetryLater("451 4.3.0 Try again later"));
    }

    @Test
    @DisplayName("R7.2 no connection and bad credentials are retried, never bounced")
    void noReply() {
        var refused = new MessagingException("Couldn't connect to host, port: localhost, 3925; timeout 15000", new ConnectException("Connection refused"));

        assertThat(SmtpReplies.classify(refused)).isInstanceOf(SendResult.RetryLater.class)
                .extracting(r -> ((SendResult.RetryLater) r).reason()).asString().contains("ConnectException");
        assertThat(SmtpReplies.classify(new AuthenticationFailedException("535 5.7.8 Authentication credentials invalid")))
                .isInstanceOf(SendResult.RetryLater.class);
    }

    @Test
    @DisplayName("R4.3 the recorded reply is one short line")
    void shortReply() {
        var reply = Outcomes.reply("550 " + "x".repeat(500) + "\r\nsecond line");

        assertThat(reply).hasSize(Outcomes.MAX_REPLY).doesNotContain("\n");
    }
}
