package io.guarddesk.incidents.control;

/** Where a deadline stands at a given moment. */
public enum ClockState {
    /** Required, not reported, not yet close. */
    RUNNING,
    /** Required, not reported, and close enough to act now (amber). */
    DUE_SOON,
    /** Required, not reported, and the due instant has passed (red). */
    OVERDUE,
    /** The report was recorded as sent. */
    DONE,
    /** No report is required; the clock says why (grey). */
    NOT_REQUIRED
}
