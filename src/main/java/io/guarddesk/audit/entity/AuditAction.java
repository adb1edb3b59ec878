package io.guarddesk.audit.entity;

/** The sensitive actions R6.1 names; each becomes one entry of the audit chain. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    ROLE_CHANGE,
    CREDENTIAL_INSERT,
    GUARD_REFUSAL,
    GUARD_RELEASE,
    SECURITY_VIEW,
    ESCALATION,
    TAG_CHANGE,
    /** An admin added or changed a rule of the security classifier (what decides R3.1 tags). */
    CLASSIFIER_RULE_CHANGE,
    ACKNOWLEDGEMENT,
    INCIDENT_CHANGE,
    APPROVAL,
    REJECTION,
    EXPORT,
    AUDIT_VERIFIED
}
