package io.guarddesk.tickets.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.guarddesk.tickets.entity.TicketStatus.CLOSED;
import static io.guarddesk.tickets.entity.TicketStatus.NEW;
import static io.guarddesk.tickets.entity.TicketStatus.OPEN;
import static io.guarddesk.tickets.entity.TicketStatus.PENDING_CUSTOMER;
import static io.guarddesk.tickets.entity.TicketStatus.PENDING_VERIFICATION;
import static io.guarddesk.tickets.entity.TicketStatus.SOLVED;
import static org.assertj.core.api.Assertions.assertThat;

class TicketStatusTest {

    @Test
    @DisplayName("Lifecycle: staff may move a NEW ticket to OPEN, PENDING_CUSTOMER or SOLVED")
    void newTicketEdges() {
        assertThat(NEW.staffMayMoveTo()).containsExactlyInAnyOrder(OPEN, PENDING_CUSTOMER, SOLVED);
    }

    @Test
    @DisplayName("Lifecycle: staff may reopen, ask the customer about, or close a SOLVED ticket, nothing else")
    void solvedTicketEdges() {
        assertThat(SOLVED.staffMayMoveTo()).containsExactlyInAnyOrder(OPEN, PENDING_CUSTOMER, CLOSED);
    }

    @Test
    @DisplayName("Lifecycle: CLOSED is final for staff")
    void closedIsFinal() {
        assertThat(CLOSED.staffMayMoveTo()).isEmpty();
    }

    @Test
    @DisplayName("R1.1 staff cannot move a PENDING_VERIFICATION ticket anywhere: only the requester's confirmation does")
    void pendingVerificationCannotBeMovedByStaff() {
        assertThat(PENDING_VERIFICATION.staffMayMoveTo()).isEmpty();
    }

    @ParameterizedTest(name = "R1.1 staff can never move a {0} ticket to PENDING_VERIFICATION or back to NEW")
    @EnumSource(TicketStatus.class)
    void nothingMovesToPendingVerificationOrNew(TicketStatus from) {
        assertThat(from.staffMayMoveTo()).doesNotContain(PENDING_VERIFICATION, NEW);
    }

    @Test
    @DisplayName("Lifecycle: the set of allowed edges cannot be changed by a caller")
    void edgesAreACopy() {
        NEW.staffMayMoveTo().clear();

        assertThat(NEW.staffMayMoveTo()).isNotEmpty();
    }

    @Test
    @DisplayName("R1.1 a customer cannot reply to a CLOSED or a PENDING_VERIFICATION ticket")
    void closedAndUnverifiedRefuseCustomerReplies() {
        assertThat(CLOSED.acceptsCustomerReply()).isFalse();
        assertThat(PENDING_VERIFICATION.acceptsCustomerReply()).isFalse();
    }

    @ParameterizedTest(name = "Lifecycle: a customer may reply to a {0} ticket")
    @EnumSource(value = TicketStatus.class, names = {"NEW", "OPEN", "PENDING_CUSTOMER", "SOLVED"})
    void openTicketsAcceptCustomerReplies(TicketStatus status) {
        assertThat(status.acceptsCustomerReply()).isTrue();
    }

    @ParameterizedTest(name = "Lifecycle: a customer reply reopens a {0} ticket")
    @EnumSource(value = TicketStatus.class, names = {"PENDING_CUSTOMER", "SOLVED"})
    void customerReplyReopens(TicketStatus status) {
        assertThat(status.afterCustomerReply()).isEqualTo(OPEN);
    }

    @ParameterizedTest(name = "Lifecycle: a customer reply leaves a {0} ticket where it is")
    @EnumSource(value = TicketStatus.class, names = {"NEW", "OPEN"})
    void customerReplyKeepsWorkingStatus(TicketStatus status) {
        assertThat(status.afterCustomerReply()).isEqualTo(status);
    }

    @Test
    @DisplayName("R1.1 a PENDING_VERIFICATION ticket is in no queue")
    void pendingVerificationIsInNoQueue() {
        assertThat(PENDING_VERIFICATION.inQueue()).isFalse();
    }

    @ParameterizedTest(name = "R1.1 a {0} ticket is in a queue")
    @EnumSource(value = TicketStatus.class, names = "PENDING_VERIFICATION", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherStatusIsInAQueue(TicketStatus status) {
        assertThat(status.inQueue()).isTrue();
    }
}
