package io.guarddesk.tickets.entity;

import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.StaffUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketTest {

    private final Instant created = Instant.parse("2025-04-01T09:00:00Z");
    private final Instant later = created.plusSeconds(600);

    private Ticket ticket(Category category, TicketStatus status) {
        return new Ticket(new Reference("GD-7K3M9-QXT4H-CA2BZ"),
                new Requester("Hanako Yamada", "hanako@example.com", Locale.JAPANESE),
                category, Channel.WEB_FORM, "Cannot sign in", status, created);
    }

    private StaffUser agent(String username, String displayName) {
        return new StaffUser(username, displayName, username + "@desk.example", "not-a-real-hash",
                Set.of(Role.AGENT), created);
    }

    @Test
    @DisplayName("Lifecycle: a customer message reopens a SOLVED ticket")
    void customerMessageReopensSolved() {
        var ticket = ticket(Category.GENERAL, TicketStatus.SOLVED);

        var message = ticket.addCustomerMessage("It happens again.", later);

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.getUpdatedAt()).isEqualTo(later);
        assertThat(message.isFromCustomer()).isTrue();
        assertThat(message.getAuthorName()).isEqualTo("Hanako Yamada");
        assertThat(ticket.getMessages()).containsExactly(message);
    }

    @Test
    @DisplayName("Lifecycle: a customer message reopens a ticket waiting for the customer")
    void customerMessageReopensPendingCustomer() {
        var ticket = ticket(Category.GENERAL, TicketStatus.PENDING_CUSTOMER);

        ticket.addCustomerMessage("Here is the screenshot.", later);

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    @DisplayName("Lifecycle: a staff reply moves the status and assigns the replying staff member when unassigned")
    void staffReplyMovesStatusAndAssigns() {
        var ticket = ticket(Category.GENERAL, TicketStatus.NEW);
        var aiko = agent("aiko", "Aiko Tanaka");

        var message = ticket.addStaffReply(aiko, "Please try the reset link.", TicketStatus.PENDING_CUSTOMER, later);

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.PENDING_CUSTOMER);
        assertThat(ticket.assignee()).containsSame(aiko);
        assertThat(ticket.getUpdatedAt()).isEqualTo(later);
        assertThat(message.isFromCustomer()).isFalse();
        assertThat(message.getAuthorKind()).isEqualTo(AuthorKind.STAFF);
        assertThat(message.getAuthorName()).isEqualTo("Aiko Tanaka");
    }

    @Test
    @DisplayName("Lifecycle: a staff reply does not take the ticket away from its assignee")
    void staffReplyKeepsExistingAssignee() {
        var ticket = ticket(Category.GENERAL, TicketStatus.NEW);
        var aiko = agent("aiko", "Aiko Tanaka");
        var ben = agent("ben", "Ben Carter");
        ticket.assignTo(aiko, created);

        ticket.addStaffReply(ben, "Covering for Aiko.", TicketStatus.PENDING_CUSTOMER, later);

        assertThat(ticket.assignee()).containsSame(aiko);
    }

    @Test
    @DisplayName("Lifecycle: assigning a NEW ticket opens it")
    void assigningOpensNewTicket() {
        var ticket = ticket(Category.GENERAL, TicketStatus.NEW);

        ticket.assignTo(agent("aiko", "Aiko Tanaka"), later);

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    @DisplayName("Lifecycle: moving along an illegal edge throws and leaves status and time unchanged")
    void illegalMoveIsRefused() {
        var ticket = ticket(Category.GENERAL, TicketStatus.CLOSED);

        assertThatThrownBy(() -> ticket.moveTo(TicketStatus.OPEN, later))
                .isInstanceOf(IllegalStatusChangeException.class)
                .hasMessageContaining("CLOSED cannot become OPEN");
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.getUpdatedAt()).isEqualTo(created);
    }

    @Test
    @DisplayName("R1.1 staff cannot move a ticket back to PENDING_VERIFICATION")
    void cannotMoveBackToPendingVerification() {
        var ticket = ticket(Category.GENERAL, TicketStatus.OPEN);

        assertThatThrownBy(() -> ticket.moveTo(TicketStatus.PENDING_VERIFICATION, later))
                .isInstanceOf(IllegalStatusChangeException.class);
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    @DisplayName("Lifecycle: moving along a legal edge changes status and time")
    void legalMove() {
        var ticket = ticket(Category.GENERAL, TicketStatus.SOLVED);

        ticket.moveTo(TicketStatus.CLOSED, later);

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.getUpdatedAt()).isEqualTo(later);
    }

    @Test
    @DisplayName("R3.1 a ticket in a security category is a security ticket")
    void securityCategoryMakesSecurityTicket() {
        assertThat(ticket(Category.PRIVACY_SECURITY, TicketStatus.NEW).isSecurity()).isTrue();
        assertThat(ticket(Category.RECEIVED_OTHERS_INFORMATION, TicketStatus.NEW).isSecurity()).isTrue();
        assertThat(ticket(Category.GENERAL, TicketStatus.NEW).isSecurity()).isFalse();
        assertThat(ticket(Category.ACCOUNT_ACCESS, TicketStatus.NEW).isSecurity()).isFalse();
    }

    @ParameterizedTest(name = "R3.1 the security flag of a {0} ticket follows Category.isSecurity()")
    @EnumSource(Category.class)
    void securityFlagFollowsCategory(Category category) {
        assertThat(ticket(category, TicketStatus.NEW).isSecurity()).isEqualTo(category.isSecurity());
    }

    @Test
    @DisplayName("Lifecycle: the thread cannot be changed through getMessages()")
    void messagesAreUnmodifiable() {
        var ticket = ticket(Category.GENERAL, TicketStatus.OPEN);
        ticket.addCustomerMessage("First.", later);
        var messages = ticket.getMessages();

        assertThatThrownBy(messages::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> messages.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ticket.getMessages()).hasSize(1);
    }

    @Test
    @DisplayName("Lifecycle: the requester's details are kept as given")
    void requesterIsKept() {
        var ticket = ticket(Category.BILLING, TicketStatus.NEW);

        assertThat(ticket.getRequesterName()).isEqualTo("Hanako Yamada");
        assertThat(ticket.getRequesterEmail()).isEqualTo("hanako@example.com");
        assertThat(ticket.getRequesterLanguage()).isEqualTo(Locale.JAPANESE);
        assertThat(ticket.assignee()).isEmpty();
    }

    @Test
    @DisplayName("Lifecycle: a staff reply with a refused move leaves no message behind")
    void refusedReplyLeavesNoMessage() {
        var ticket = ticket(Category.GENERAL, TicketStatus.PENDING_CUSTOMER);

        assertThatThrownBy(() -> ticket.addStaffReply(agent("agent", "Aoi"), "text", TicketStatus.CLOSED, later))
                .isInstanceOf(IllegalStatusChangeException.class);

        assertThat(ticket.getMessages()).isEmpty();
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.PENDING_CUSTOMER);
        assertThat(ticket.assignee()).isEmpty();
    }

    @Test
    @DisplayName("Lifecycle: a closed ticket takes no message from staff or customer")
    void closedTakesNoMessages() {
        var ticket = ticket(Category.GENERAL, TicketStatus.CLOSED);

        assertThatThrownBy(() -> ticket.addStaffReply(agent("agent", "Aoi"), "text", TicketStatus.CLOSED, later))
                .isInstanceOf(TicketClosedException.class);
        assertThatThrownBy(() -> ticket.addCustomerMessage("one more thing", later))
                .isInstanceOf(TicketClosedException.class);

        assertThat(ticket.getMessages()).isEmpty();
        assertThat(ticket.assignee()).isEmpty();
    }

    @Test
    @DisplayName("Lifecycle: an answered ticket is no longer new, even when the reply asks to keep it NEW")
    void answeredTicketIsNotNew() {
        var ticket = ticket(Category.GENERAL, TicketStatus.NEW);

        ticket.addStaffReply(agent("agent", "Aoi"), "text", TicketStatus.NEW, later);

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
    }
}
