package io.guarddesk.notices.entity;

/** One recipient of a notice: still to be written to the outbox, written, or refused by the guard. */
public enum RecipientState {
    WAITING, QUEUED, REFUSED
}
