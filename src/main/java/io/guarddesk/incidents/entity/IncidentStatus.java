package io.guarddesk.incidents.entity;

public enum IncidentStatus {
    OPEN,
    /** Final: every report the law requires was recorded, or none was required. */
    CLOSED
}
