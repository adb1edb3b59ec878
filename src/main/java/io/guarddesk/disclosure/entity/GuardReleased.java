package io.guarddesk.disclosure.entity;

/** A supervisor released a refused message with a justification (R2.7); for the audit log. */
public record GuardReleased(long refusalId, Long ticketId, String supervisor) {
}
