package io.guarddesk.mail.control;

import io.guarddesk.mail.entity.OutboundMail;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Takes due outbox rows for one relay run, so that several instances polling the same database
 * never send the same row at the same time (R7.2).
 *
 * <p>One UPDATE stamps a lease (claimer, until) on up to {@code batch} rows that are pending, due
 * and not leased, chosen by a SELECT just before it. The UPDATE's WHERE repeats those conditions because under READ COMMITTED a
 * concurrent claim of the same row makes this UPDATE wait for the other transaction and then
 * re-check the row as committed (PostgreSQL re-evaluates the WHERE on the new row version, H2
 * re-checks a row it had to wait for): the row is then leased, so it is skipped instead of being
 * claimed twice. The claim commits before anything is sent; a relay that dies afterwards leaves
 * its rows leased until {@code until}, when the next run of any instance takes them again.
 */
public final class Claims {

    private static final String DUE = "status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)";

    private Claims() {
    }

    /** Claims and returns the rows now leased to {@code claimer}; call inside a transaction that commits right after. */
    public static List<Envelope> claim(EntityManager em, String claimer, Instant now, Duration lease, int batch) {
        var at = now.atOffset(ZoneOffset.UTC);
        // First the ids, then an UPDATE of exactly those: as one UPDATE ... WHERE id IN (SELECT ...),
        // H2 re-read every due row for every claim, and 100,000 pending mails of a notice slowed
        // the relay to a crawl. "status" leads the ORDER BY (it is constant here) because H2 reads
        // an index in order, and stops after the batch, only when the ORDER BY is its leading
        // columns. batch is our own int, never input: FETCH FIRST takes no bind parameter on every
        // database.
        var due = em.createNativeQuery("SELECT id FROM mail_outbox WHERE " + DUE
                        + " ORDER BY status, next_attempt_at, id FETCH FIRST " + batch + " ROWS ONLY")
                .setParameter(1, at)
                .setParameter(2, at)
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
        if (due.isEmpty()) {
            return List.of();
        }
        var update = em.createNativeQuery("UPDATE mail_outbox SET claimed_by = ?, claimed_until = ? WHERE id IN ("
                        + String.join(",", java.util.Collections.nCopies(due.size(), "?")) + ") AND " + DUE)
                .setParameter(1, claimer)
                .setParameter(2, now.plus(lease).atOffset(ZoneOffset.UTC));
        int parameter = 3;
        for (var id : due) {
            update.setParameter(parameter++, id);
        }
        var claimed = update.setParameter(parameter++, at).setParameter(parameter, at).executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        return em.createNamedQuery(OutboundMail.CLAIMED_BY, OutboundMail.class)
                .setParameter("claimer", claimer)
                .getResultStream()
                .map(m -> new Envelope(m.getId(), m.getMessageId(), m.getRecipient(), m.getRecipientName(), m.getSubject(),
                        m.textBody().orElse(""), m.htmlBody().orElse(""), m.delivery().claimedUntil().orElseThrow()))
                .toList();
    }
}
