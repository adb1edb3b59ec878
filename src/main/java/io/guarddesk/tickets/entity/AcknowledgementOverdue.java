package io.guarddesk.tickets.entity;

import java.time.Instant;

/**
 * A security ticket was not acknowledged in time (R3.3): level 1 tells every supervisor, level 2
 * the privacy officer. Fired once per level, by the one instance whose claim counted.
 */
public record AcknowledgementOverdue(long ticketId, String reference, int level, Instant acknowledgeBy) {
}
