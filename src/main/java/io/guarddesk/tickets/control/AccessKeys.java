package io.guarddesk.tickets.control;

import io.guarddesk.platform.Secrets;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketAccessKey;
import jakarta.persistence.EntityManager;

import java.time.Instant;

/**
 * The key in a customer's private ticket link: 256 bits from the CSPRNG, URL-safe. Only its
 * SHA-256 is stored (R4.2), so a copy of the database does not open anyone's thread.
 */
public final class AccessKeys {

    private AccessKeys() {
    }

    public static String newKey() {
        return Secrets.random(32);
    }

    public static String hash(String key) {
        return Secrets.sha256(key);
    }

    /** A new private link to {@code ticket}: the key to hand out; only its hash is stored. */
    public static String issue(EntityManager em, Ticket ticket, Instant now) {
        var key = newKey();
        em.persist(new TicketAccessKey(hash(key), ticket, now));
        return key;
    }

    /** A key has exactly the shape we hand out; anything else is not looked up at all. */
    public static boolean wellFormed(String key) {
        return key != null && key.length() == 43 && key.chars().allMatch(c ->
                (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }
}
