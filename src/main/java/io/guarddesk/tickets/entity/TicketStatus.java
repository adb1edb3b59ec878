package io.guarddesk.tickets.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a ticket. Staff move it along the allowed edges; a customer reply reopens a
 * ticket that was waiting for them or solved. Closed is final: a customer who writes again opens
 * a new ticket.
 */
public enum TicketStatus {
    /** Submitted, the requester has not yet proven the address (R1.1); in no queue. */
    PENDING_VERIFICATION,
    NEW,
    OPEN,
    PENDING_CUSTOMER,
    SOLVED,
    CLOSED;

    public Set<TicketStatus> staffMayMoveTo() {
        return switch (this) {
            case PENDING_VERIFICATION, CLOSED -> EnumSet.noneOf(TicketStatus.class);
            case NEW -> EnumSet.of(OPEN, PENDING_CUSTOMER, SOLVED);
            case OPEN -> EnumSet.of(PENDING_CUSTOMER, SOLVED);
            case PENDING_CUSTOMER -> EnumSet.of(OPEN, SOLVED);
            case SOLVED -> EnumSet.of(OPEN, PENDING_CUSTOMER, CLOSED);
        };
    }

    public boolean acceptsCustomerReply() {
        return this != CLOSED && this != PENDING_VERIFICATION;
    }

    /** Where a customer's reply takes the ticket. */
    public TicketStatus afterCustomerReply() {
        return switch (this) {
            case PENDING_CUSTOMER, SOLVED -> OPEN;
            default -> this;
        };
    }

    public boolean inQueue() {
        return this != PENDING_VERIFICATION;
    }
}
