package io.guarddesk.notices.control;

import io.guarddesk.mail.boundary.Letter;
import io.guarddesk.notices.entity.ContentHash;
import io.guarddesk.notices.entity.Notice;
import io.guarddesk.notices.entity.NoticeRecipient;
import io.guarddesk.notices.entity.NoticeStatus;
import io.guarddesk.notices.entity.RecipientData;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One step of sending a notice, in the caller's transaction: the next recipients in position
 * order each get their own message in the outbox (R5.1), and their rows are marked in the same
 * transaction. A crash before the commit leaves them all waiting; after it, all queued: never
 * twice, never skipped (R5.3). The notice's row is locked first, so that instances sending side
 * by side take turns instead of taking the same recipients, and a pause waits for the step.
 */
public final class NoticeSender {

    public static final String TEMPLATE = "notice";
    public static final String KIND = "NOTICE";

    /** Writes one recipient's message to the outbox; empty when the guard refused it. */
    @FunctionalInterface
    public interface Mailer {
        OptionalLong enqueue(Letter letter);
    }

    private NoticeSender() {
    }

    /** The most a pause of the sender may save up: after a quiet spell it does not burst. */
    static final Duration BURST = Duration.ofSeconds(2);

    /**
     * Handles up to {@code max} recipients of notice {@code id}, no more than {@code perSecond}
     * allows across all instances; answers how many it handled.
     */
    public static int step(EntityManager em, long id, int max, double perSecond, Mailer mailer, Instant now) {
        // Nothing this step reads (recipients before any change, the directory, suppressions, reset
        // links) is written by it, so its inserts wait for the commit and go in batches, instead of
        // one by one before each of the guard's directory lookups.
        em.setFlushMode(FlushModeType.COMMIT);
        var notice = em.find(Notice.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (notice == null) {
            return 0;
        }
        if (notice.getStatus() == NoticeStatus.APPROVED && !notice.start(recipientsHash(em, id), now)) {
            return 0;
        }
        if (notice.getStatus() != NoticeStatus.SENDING) {
            return 0;
        }
        int allowed = (int) Math.min(max, notice.allowance(perSecond, BURST, now));
        if (allowed == 0) {
            return 0;
        }
        // the handled recipients are always a prefix of the positions (one step at a time, in order),
        // so the next ones are a closed range: no database sorts what lies beyond it
        int from = notice.getNextPosition();
        int to = (int) Math.min((long) from + allowed, notice.getRecipientCount());
        var next = em.createNamedQuery(NoticeRecipient.NEXT_WAITING, NoticeRecipient.class)
                .setParameter("notice", id)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (var recipient : next) {
            var data = recipient.data();
            var queued = mailer.enqueue(letter(notice, data, data.locale()));
            if (queued.isPresent()) {
                recipient.queued(queued.getAsLong());
            } else {
                recipient.refused();
            }
            notice.counted(queued.isPresent());
        }
        notice.handledUpTo(to);
        notice.paced(next.size(), perSecond, BURST, now);
        if (notice.getNextPosition() >= notice.getRecipientCount()) {
            notice.finished(now);
        }
        return next.size();
    }

    /** The message of {@code notice} to {@code recipient} in {@code language}: their own data only. */
    public static Letter letter(Notice notice, RecipientData recipient, Locale language) {
        var text = notice.text();
        return new Letter(recipient.email(), recipient.name(), language, TEMPLATE, Map.of(
                "subject", Placeholders.fill(text.subject(language), recipient),
                "body", Placeholders.fill(text.body(language), recipient)), null, KIND, notice.batch());
    }

    /** The hash of the recipient rows as the database has them now (read as values: 100,000 managed rows would slow the commit). */
    public static String recipientsHash(EntityManager em, long id) {
        var hash = ContentHash.recipients();
        em.createNamedQuery(NoticeRecipient.DATA_IN_ORDER, RecipientData.class).setParameter("notice", id)
                .getResultStream().forEach(hash::add);
        return hash.hex();
    }
}
