package io.guarddesk.audit.control;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.disclosure.entity.GuardRefused;
import io.guarddesk.disclosure.entity.GuardReleased;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEventsTest {

    @Test
    @DisplayName("R6.1 R2.7 a guard refusal is recorded with the finding kinds only, never the masked tails or a foreign account number")
    void refusalKeepsKindsOnly() {
        var refused = new GuardRefused(51, 7L, "agent", List.of("ACCOUNT_NUMBER|BODY|…234", "PASSWORD|BODY|…24",
                "ACCOUNT_NUMBER|SUBJECT|…999", "FOREIGN_ACCOUNT|BODY|C-100871", "weird line|x"));

        var entry = AuditEvents.refusal(refused, Optional.of("GD-7K3M9-QXT4H-CA2BZ"));

        assertThat(entry.actor()).isEqualTo("agent");
        assertThat(entry.action()).isEqualTo(AuditAction.GUARD_REFUSAL);
        assertThat(entry.ticket()).isEqualTo("GD-7K3M9-QXT4H-CA2BZ");
        assertThat(entry.outcome()).isEqualTo("REFUSED");
        assertThat(entry.detail()).isEqualTo("refusal 51; kinds ACCOUNT_NUMBER,PASSWORD,FOREIGN_ACCOUNT,OTHER");
        assertThat(entry.detail()).doesNotContain("234", "C-100871", "weird");
    }

    @Test
    @DisplayName("R6.1 R2.7 a release is recorded with the supervisor and the refusal, never the justification")
    void release() {
        var entry = AuditEvents.release(new GuardReleased(51, 7L, "supervisor"), Optional.empty());

        assertThat(entry.actor()).isEqualTo("supervisor");
        assertThat(entry.action()).isEqualTo(AuditAction.GUARD_RELEASE);
        assertThat(entry.ticket()).isNull();
        assertThat(entry.detail()).isEqualTo("refusal 51");
    }

    @Test
    @DisplayName("R6.2 a verification is itself an entry that says what was found")
    void verified() {
        assertThat(AuditEvents.verified("admin", new Verification.Intact(12, "f".repeat(64))).outcome()).isEqualTo("INTACT");
        var broken = AuditEvents.verified("admin", new Verification.Broken(5, Instant.EPOCH, "SIGN_IN",
                Verification.Reason.CONTENT_CHANGED, 4));
        assertThat(broken.outcome()).isEqualTo("BROKEN");
        assertThat(broken.detail()).isEqualTo("first broken seq 5: CONTENT_CHANGED; checked 4");
    }

    @Test
    @DisplayName("R6.1 values longer than their column are cut, not a reason to fail the action; no surrogate pair is split")
    void clipped() {
        assertThat(AuditChain.clip("x".repeat(600), AuditChain.DETAIL)).hasSize(500).endsWith("…");
        assertThat(AuditChain.clip("short", AuditChain.DETAIL)).isEqualTo("short");
        var emoji = "a".repeat(30) + "\uD83D\uDE00" + "b";
        assertThat(AuditChain.clip(emoji, 32)).isEqualTo("a".repeat(30) + "…");
    }
}
