package io.guarddesk.staff.control;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.staff.entity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SignInAuditTest {

    @Test
    @DisplayName("R6.1 a sign-in is recorded under the member's name, a failure and a pause as failed sign-ins")
    void outcomes() {
        var signedIn = SignInAudit.of(Optional.of("aoi"), new SignInResult.SignedIn("aoi", "Aoi", Set.of(Role.AGENT)));
        var rejected = SignInAudit.of(Optional.of("aoi"), new SignInResult.Rejected());
        var paused = SignInAudit.of(Optional.of("aoi"), new SignInResult.Paused(Instant.EPOCH));

        assertThat(signedIn.actor()).isEqualTo("aoi");
        assertThat(signedIn.action()).isEqualTo(AuditAction.SIGN_IN);
        assertThat(signedIn.outcome()).isEqualTo("OK");
        assertThat(rejected.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
        assertThat(rejected.outcome()).isEqualTo("REJECTED");
        assertThat(paused.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
        assertThat(paused.outcome()).isEqualTo("PAUSED");
    }

    @Test
    @DisplayName("R6.1 a name that does not exist is recorded as (unknown): what was typed (often a password) is never written")
    void unknownName() {
        var entry = SignInAudit.of(Optional.empty(), new SignInResult.Rejected());

        assertThat(entry.actor()).isEqualTo("(unknown)");
        assertThat(entry.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
        assertThat(entry.ticket()).isNull();
        assertThat(entry.account()).isNull();
        assertThat(entry.detail()).isNull();
    }
}
