package io.guarddesk.tickets.entity;

/** The five ways a ticket becomes a security ticket (R3.1), and the supervisor who clears the tag. */
public enum SecuritySource {
    /** The customer chose a privacy or security category on the form. */
    FORM_CATEGORY,
    /** The desk's classifier recognised a security matter in the subject or a message. */
    CLASSIFIER,
    /** A "this wasn't me" report (R1.6). */
    NOT_ME,
    /** The outbound guard refused a reply on the ticket (R2.5). */
    GUARD_REFUSAL,
    /** An agent's one-click escalation. */
    ESCALATION,
    /** A supervisor returned the ticket to the general queue (the tag cleared). */
    CLEARED
}
