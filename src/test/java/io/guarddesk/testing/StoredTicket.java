package io.guarddesk.testing;

import java.util.Map;

/**
 * A ticket as the database holds it, also while it waits for its confirmation (when no API shows
 * it to anyone): the columns a request could change without any answer saying so.
 */
public final class StoredTicket {

    private StoredTicket() {
    }

    /** Status, tags, assignment, verification, version and the number of messages; empty when there is no such ticket. */
    public static Map<String, Object> of(String reference) {
        return ItDatabase.row("SELECT t.status, t.security, t.security_source, t.assignee_id, t.acknowledged_at, t.requester_verified_at, "
                + "t.escalation_level, t.channel, t.category, t.account_id, t.related_ticket_id, t.requester_name, t.requester_email, "
                + "t.version, t.created_at, (SELECT COUNT(*) FROM ticket_message m WHERE m.ticket_id = t.id) AS messages "
                + "FROM ticket t WHERE t.reference = ?", reference);
    }

    /** How many tickets carry {@code subject}: a test's unique subject finds the ticket a request created. */
    public static long withSubject(String subject) {
        return ItDatabase.number("SELECT COUNT(*) FROM ticket WHERE subject = ?", subject);
    }
}
