package io.guarddesk.incidents.control;

/** Why a deadline does not apply to an incident. */
public enum NotRequiredReason {
    /** None of the grounds of 施行規則 第7条 holds: no report to the PPC is required. */
    NOT_REPORTABLE_UNDER_APPI,
    /** The incident is not marked as one GDPR applies to. */
    GDPR_DOES_NOT_APPLY
}
