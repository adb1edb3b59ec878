package io.guarddesk.disclosure.entity;

/**
 * The guard refused a message on a ticket (R2.5); for the audit log (R6.1) and the routing of the
 * ticket to the security team (R3.1). Kinds and masked tails only, never the values.
 */
public record GuardRefused(long refusalId, Long ticketId, String author, java.util.List<String> findings) {
}
