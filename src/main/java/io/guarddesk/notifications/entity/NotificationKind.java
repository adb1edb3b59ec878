package io.guarddesk.notifications.entity;

/** Why a staff member is told something at once (R3.3, R3.4). */
public enum NotificationKind {
    /** A ticket became a security ticket. */
    SECURITY_TICKET,
    /** A security ticket was not acknowledged in time; every supervisor is told. */
    ACKNOWLEDGEMENT_OVERDUE,
    /** Still not acknowledged a while later; the privacy officer is told. */
    PRIVACY_OFFICER_ESCALATION,
    /** An incident's legal deadline passed without the report recorded. */
    DEADLINE_OVERDUE
}
