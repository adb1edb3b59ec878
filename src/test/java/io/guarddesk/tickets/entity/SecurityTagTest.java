package io.guarddesk.tickets.entity;

import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.StaffUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityTagTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final StaffUser SUPERVISOR = new StaffUser("sv", "Sora", "sv@example.com", "x", EnumSet.of(Role.SUPERVISOR), NOW);

    @Test
    @DisplayName("R3.1 R1.1 a security report goes straight to the supervisors, still unverified; following the link later binds the requester")
    void securityReportSkipsTheWait() {
        var ticket = pending(Category.GENERAL);
        assertThat(ticket.tagSecurity(SecuritySource.CLASSIFIER, NOW, NOW.plus(Duration.ofHours(1)))).isTrue();
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.isRequesterVerified()).isFalse();
        assertThat(ticket.acknowledgeBy()).contains(NOW.plus(Duration.ofHours(1)));

        assertThat(ticket.confirmRequester(NOW.plusSeconds(60))).isTrue();
        assertThat(ticket.isRequesterVerified()).isTrue();
        assertThat(ticket.confirmRequester(NOW.plusSeconds(90))).as("once").isFalse();
    }

    @Test
    @DisplayName("R1.1 a general ticket still waits for its requester; confirming an already confirmed one changes nothing")
    void generalTicketStillWaits() {
        var ticket = pending(Category.GENERAL);
        assertThat(ticket.getStatus().inQueue()).isFalse();
        assertThat(ticket.confirmRequester(NOW)).isTrue();
        assertThat(ticket.confirmRequester(NOW)).isFalse();
    }

    @Test
    @DisplayName("R3.1 the first source counts; tagging again changes nothing; after clearing, a new tag starts a new clock")
    void firstSourceCounts() {
        var ticket = pending(Category.GENERAL);
        ticket.tagSecurity(SecuritySource.ESCALATION, NOW, NOW.plusSeconds(3600));
        assertThat(ticket.tagSecurity(SecuritySource.GUARD_REFUSAL, NOW.plusSeconds(5), NOW.plusSeconds(3605))).isFalse();
        assertThat(ticket.securitySource()).contains(SecuritySource.ESCALATION);

        assertThat(ticket.clearSecurity(NOW.plusSeconds(10))).isTrue();
        assertThat(ticket.isSecurity()).isFalse();
        assertThat(ticket.tagSecurity(SecuritySource.CLASSIFIER, NOW.plusSeconds(20), NOW.plusSeconds(3620))).isTrue();
        assertThat(ticket.acknowledgeBy()).contains(NOW.plusSeconds(3620));
    }

    @Test
    @DisplayName("R3.3 acknowledging stops the clock once and gives an unassigned ticket to the supervisor")
    void acknowledge() {
        var ticket = pending(Category.PRIVACY_SECURITY);
        ticket.tagSecurity(SecuritySource.FORM_CATEGORY, NOW, NOW.plusSeconds(3600));
        assertThat(ticket.acknowledge(SUPERVISOR, NOW.plusSeconds(60))).isTrue();
        assertThat(ticket.acknowledge(SUPERVISOR, NOW.plusSeconds(120))).isFalse();
        assertThat(ticket.acknowledgedAt()).contains(NOW.plusSeconds(60));
        assertThat(ticket.assignee()).contains(SUPERVISOR);
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(pending(Category.GENERAL).acknowledge(SUPERVISOR, NOW)).as("not a security ticket").isFalse();
    }

    private static Ticket pending(Category category) {
        var ticket = new Ticket(Reference.random(), new Requester("Ken", "ken@example.jp", Locale.JAPANESE), category,
                Channel.WEB_FORM, "subject", TicketStatus.PENDING_VERIFICATION, NOW);
        ticket.addPendingMessage("body", NOW);
        return ticket;
    }
}
