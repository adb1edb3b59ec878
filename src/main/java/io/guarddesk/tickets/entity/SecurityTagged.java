package io.guarddesk.tickets.entity;

import java.time.Instant;

/**
 * A ticket became a security ticket (R3.1) and its acknowledgement clock started (R3.3). Fired
 * inside the tagging transaction, so the notifications it causes commit with the tag.
 */
public record SecurityTagged(long ticketId, String reference, SecuritySource source, Instant acknowledgeBy) {
}
