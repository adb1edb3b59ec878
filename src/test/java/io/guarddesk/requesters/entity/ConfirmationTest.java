package io.guarddesk.requesters.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ConfirmationTest {

    private final Instant sent = Instant.parse("2026-11-21T09:00:00Z");

    private Confirmation confirmation() {
        return new Confirmation("hash", Purpose.TICKET, null, "a@example.com", sent, sent.plus(Duration.ofHours(24)));
    }

    @Test
    @DisplayName("R1.2 a link works once: the second redemption is refused as used")
    void singleUse() {
        var link = confirmation();

        assertThat(link.redeem(sent.plusSeconds(60))).isEqualTo(Confirmation.State.REDEEMED);
        assertThat(link.redeem(sent.plusSeconds(61))).isEqualTo(Confirmation.State.USED);
    }

    @Test
    @DisplayName("R1.2 a link expires after its lifetime, to the second")
    void expires() {
        assertThat(confirmation().redeem(sent.plus(Duration.ofHours(24)).minusSeconds(1))).isEqualTo(Confirmation.State.REDEEMED);
        assertThat(confirmation().redeem(sent.plus(Duration.ofHours(24)))).isEqualTo(Confirmation.State.EXPIRED);
    }

    @Test
    @DisplayName("R1.2 a newer link voids the old one, which then never confirms")
    void newerLinkVoidsOlder() {
        var old = confirmation();
        old.voidAt(sent.plusSeconds(10));

        assertThat(old.redeem(sent.plusSeconds(20))).isEqualTo(Confirmation.State.REPLACED);
    }

    @Test
    @DisplayName("R1.2 voiding a link that was already used changes nothing")
    void usedLinkStaysUsed() {
        var link = confirmation();
        link.redeem(sent.plusSeconds(5));
        link.voidAt(sent.plusSeconds(10));

        assertThat(link.redeem(sent.plusSeconds(20))).isEqualTo(Confirmation.State.USED);
    }
}
