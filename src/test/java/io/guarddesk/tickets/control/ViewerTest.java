package io.guarddesk.tickets.control;

import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.Requester;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerTest {

    private final Viewer agent = new Viewer("aiko", false);
    private final Viewer supervisor = new Viewer("sato", true);

    private static Ticket ticket(Category category, TicketStatus status) {
        return new Ticket(Reference.random(),
                new Requester("Hanako Yamada", "hanako@example.com", Locale.ENGLISH),
                category, Channel.WEB_FORM, "Subject", status, Instant.parse("2025-04-01T09:00:00Z"));
    }

    @Test
    @DisplayName("R3.2 an agent sees an ordinary ticket in the queue")
    void agentSeesOrdinaryTicket() {
        assertThat(agent.canSee(ticket(Category.GENERAL, TicketStatus.OPEN))).isTrue();
    }

    @ParameterizedTest(name = "R3.2 an agent cannot see a {0} ticket")
    @EnumSource(value = Category.class, names = {"PRIVACY_SECURITY", "RECEIVED_OTHERS_INFORMATION"})
    void agentCannotSeeSecurityTicket(Category category) {
        assertThat(agent.canSee(ticket(category, TicketStatus.OPEN))).isFalse();
        assertThat(agent.canSee(ticket(category, TicketStatus.NEW))).isFalse();
    }

    @ParameterizedTest(name = "R3.2 a supervisor sees a {0} ticket")
    @EnumSource(value = Category.class, names = {"PRIVACY_SECURITY", "RECEIVED_OTHERS_INFORMATION"})
    void supervisorSeesSecurityTicket(Category category) {
        assertThat(supervisor.canSee(ticket(category, TicketStatus.OPEN))).isTrue();
    }

    @Test
    @DisplayName("R3.2 a supervisor also sees ordinary tickets")
    void supervisorSeesOrdinaryTicket() {
        assertThat(supervisor.canSee(ticket(Category.BILLING, TicketStatus.NEW))).isTrue();
    }

    @ParameterizedTest(name = "R1.1 nobody sees a PENDING_VERIFICATION {0} ticket")
    @EnumSource(Category.class)
    void nobodySeesPendingVerification(Category category) {
        var ticket = ticket(category, TicketStatus.PENDING_VERIFICATION);

        assertThat(agent.canSee(ticket)).isFalse();
        assertThat(supervisor.canSee(ticket)).isFalse();
    }

    @ParameterizedTest(name = "R1.1 an agent sees an ordinary {0} ticket")
    @EnumSource(value = TicketStatus.class, names = "PENDING_VERIFICATION", mode = EnumSource.Mode.EXCLUDE)
    void agentSeesEveryQueuedStatus(TicketStatus status) {
        assertThat(agent.canSee(ticket(Category.GENERAL, status))).isTrue();
    }
}
