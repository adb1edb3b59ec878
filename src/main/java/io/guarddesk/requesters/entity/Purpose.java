package io.guarddesk.requesters.entity;

/** What a confirmation link proves when it is followed. */
public enum Purpose {
    /** The address given for a ticket is the requester's. */
    TICKET,
    /** Signing in to the customer portal by a link mailed to the address (R1.7). */
    PORTAL
}
