package io.guarddesk.incidents.entity;

import java.time.Instant;

/**
 * A deadline of an incident passed without its report being recorded (R3.4). Fired exactly once
 * per deadline across all instances, synchronously, inside the transaction that claimed it: an
 * observer that tells the privacy officer commits or rolls back with the claim, so a failed notice
 * is retried a minute later and a delivered one is never repeated.
 *
 * @param incidentReference e.g. {@code INC-2026-0042}
 * @param deadline          a {@link Deadline} name: APPI_PRELIMINARY, APPI_FINAL or GDPR
 * @param due               the first instant at which the report is late
 */
public record DeadlineOverdue(String incidentReference, String deadline, Instant due) {
}
