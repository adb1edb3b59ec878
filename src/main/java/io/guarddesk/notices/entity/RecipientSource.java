package io.guarddesk.notices.entity;

/** Where a notice's recipients came from. */
public enum RecipientSource {
    /** The affected accounts of an incident (R3.4). */
    INCIDENT,
    /** A query over the account directory, saved with the notice. */
    QUERY,
    /** Account numbers uploaded as CSV. */
    CSV
}
