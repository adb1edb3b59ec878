package io.guarddesk.mail.control;

import io.guarddesk.mail.entity.Destination;
import io.guarddesk.mail.entity.OutboundMail;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxMessageTest {

    private static final String BASE = "https://desk.example.com";

    @Test
    @DisplayName("R4 the admin mailbox shows the text of dev-mailbox mails only, with the desk's links as links")
    void devMailboxOnly() {
        var kept = mail();
        kept.delivered(Destination.DEV_MAILBOX, Instant.EPOCH);
        var sent = mail();
        sent.delivered(Destination.SMTP, Instant.EPOCH);
        var pending = mail();

        var shown = MailboxMessage.of(kept, BASE);
        assertThat(shown.isReadable()).isTrue();
        assertThat(shown.text()).filteredOn(Links.Segment::link).extracting(Links.Segment::text).containsExactly(BASE + "/ticket?key=k");
        assertThat(shown.text()).extracting(Links.Segment::text).contains("<b>Hi</b>\n");
        assertThat(MailboxMessage.of(sent, BASE).isReadable()).as("left for a real server: no body kept").isFalse();
        assertThat(MailboxMessage.of(pending, BASE).isReadable()).as("not delivered yet").isFalse();
        assertThat(sent.textBody()).isEmpty();
    }

    private static OutboundMail mail() {
        return new OutboundMail(
                new OutboundMail.Addressing("<id@desk>", "REPLY", 7L, "aoi@example.com", "Aoi", Locale.ENGLISH, null),
                new OutboundMail.Content("reply-notice", "Subject", "<b>Hi</b>\n" + BASE + "/ticket?key=k", "<p>html</p>"),
                "hash", Instant.EPOCH);
    }
}
