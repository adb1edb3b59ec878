package io.guarddesk.disclosure.control;

/**
 * What the scan found. Account identifiers may be released by a supervisor with a written
 * justification (R2.7); secrets never can.
 */
public enum FindingKind {
    ACCOUNT_NUMBER(true),
    LOGIN_ID(true),
    EMAIL(true),
    PHONE(true),
    HOLDER_NAME(true),
    RESET_TOKEN(false),
    PASSWORD(false),
    API_KEY(false),
    JWT(false),
    PRIVATE_KEY(false),
    SECRET_TOKEN(false),
    CARD_NUMBER(false);

    private final boolean releasable;

    FindingKind(boolean releasable) {
        this.releasable = releasable;
    }

    public boolean releasable() {
        return releasable;
    }
}
