package io.guarddesk.notices.entity;

/**
 * Where a notice stands (R5.2, R5.3). Only a {@code DRAFT} is written by its author; any change to
 * a notice awaiting approval or approved brings it back to {@code DRAFT}, which voids the approval.
 */
public enum NoticeStatus {
    DRAFT, AWAITING_APPROVAL, APPROVED, SENDING, PAUSED, SENT;

    /** Text, recipients and time may still change (and a change voids any approval). */
    public boolean editable() {
        return this == DRAFT || this == AWAITING_APPROVAL || this == APPROVED;
    }

    /** Sending has begun: from here on, nothing about the notice changes but its progress. */
    public boolean started() {
        return this == SENDING || this == PAUSED || this == SENT;
    }
}
