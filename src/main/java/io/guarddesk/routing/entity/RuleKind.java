package io.guarddesk.routing.entity;

/** What a classifier rule does when its pattern matches (R3.1). */
public enum RuleKind {
    /** The text is a security or privacy matter. */
    SIGNAL,
    /**
     * A harmless phrase that explains away any signal it overlaps: "I forgot my password" is not a
     * credential problem, "a water leak" is not a data leak.
     */
    SUPPRESS
}
