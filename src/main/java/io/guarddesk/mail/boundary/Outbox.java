package io.guarddesk.mail.boundary;

import io.guarddesk.mail.control.Composer;
import io.guarddesk.mail.control.MailText;
import io.guarddesk.mail.control.Recipients;
import io.guarddesk.mail.entity.MailStatus;
import io.guarddesk.mail.entity.OutboundMail;
import io.guarddesk.mail.entity.Suppression;
import io.guarddesk.platform.Secrets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The only way mail leaves Guarddesk (R7.2): {@link #enqueue} writes the rendered message into the
 * caller's transaction, so it is sent if and only if the change that caused it commits; the relay
 * delivers it later. Every mail carries its own "this wasn't me" key (R1.6), of which only the
 * hash is stored (R4.2).
 */
@ApplicationScoped
public class Outbox {

    static final int MAX_NAME = 100;
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final Pattern BATCH = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int NOT_ME_KEY_BYTES = 32;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    @Inject
    MailScreen screen;

    private Composer composer;

    protected Outbox() {
    }

    /** Outside the container, for the database tests. */
    Outbox(EntityManager em, Clock clock, Composer composer, MailScreen screen) {
        this.em = em;
        this.clock = clock;
        this.composer = composer;
        this.screen = screen;
    }

    @PostConstruct
    void configure() {
        composer = settings.composer();
    }

    /**
     * Renders {@code letter} and writes it to the outbox in the caller's transaction; without one
     * it refuses, because a mail committed apart from its cause could go out for a change that was
     * rolled back. The rendered mail passes the guard's scan first (R2.3). A mail to a recipient
     * who suppressed this ticket is stored as {@code SUPPRESSED}
     * and never sent. Answers the outbox id.
     */
    @Transactional(TxType.MANDATORY)
    public long enqueue(Letter letter) {
        var recipient = recipientOf(letter);
        var notMeKey = Secrets.random(NOT_ME_KEY_BYTES);
        var rendered = composer.render(letter.template(), letter.language(), letter.parameters(), notMeKey);
        screen.check(recipient, rendered.subject(), rendered.text());
        return store(letter, recipient, rendered, notMeKey);
    }

    /**
     * As {@link #enqueue}, for one message of a larger sending: a mail the guard refuses is not
     * stored and answers empty, and the caller's transaction goes on with the next recipient
     * instead of rolling back everyone's (R5.1: each message passes the guard for its own
     * recipient).
     */
    @Transactional(TxType.MANDATORY)
    public OptionalLong enqueueScreened(Letter letter) {
        var recipient = recipientOf(letter);
        var notMeKey = Secrets.random(NOT_ME_KEY_BYTES);
        var rendered = composer.render(letter.template(), letter.language(), letter.parameters(), notMeKey);
        try {
            screen.check(recipient, rendered.subject(), rendered.text());
        } catch (MailRefusedException refused) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(store(letter, recipient, rendered, notMeKey));
    }

    /**
     * The mail as {@link #enqueue} would render it, with a sample "this wasn't me" link, and what
     * the guard says of it: for an approver to read before anything is sent. Stores nothing.
     */
    @Transactional(TxType.SUPPORTS)
    public Preview preview(Letter letter) {
        var recipient = recipientOf(letter);
        var rendered = composer.render(letter.template(), letter.language(), letter.parameters(), "sample-key");
        List<String> refusedKinds = List.of();
        try {
            screen.check(recipient, rendered.subject(), rendered.text());
        } catch (MailRefusedException refused) {
            refusedKinds = refused.kinds();
        }
        return new Preview(recipient, rendered.language(), rendered.subject(), rendered.text(), refusedKinds);
    }

    /** A rendered mail not yet stored; {@code refusedKinds}: what the guard would refuse it for (finding kinds), empty when it may go. */
    public record Preview(String to, Locale language, String subject, String text, List<String> refusedKinds) {

        public boolean refused() {
            return !refusedKinds.isEmpty();
        }
    }

    /** How the mails of one sending stand, by status; a status without mail is absent. */
    @Transactional(TxType.SUPPORTS)
    public Map<MailStatus, Long> countByStatus(String batch) {
        var counts = new EnumMap<MailStatus, Long>(MailStatus.class);
        em.createNamedQuery(OutboundMail.COUNT_BY_STATUS, Object[].class).setParameter("batch", batch).getResultStream()
                .forEach(row -> counts.put((MailStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private String recipientOf(Letter letter) {
        var recipient = Recipients.normalised(letter.to())
                .orElseThrow(() -> new InvalidLetterException("to", "\"" + MailText.line(letter.to(), 60) + "\" is not one e-mail address."));
        if (letter.kind() == null || !KIND.matcher(letter.kind()).matches()) {
            throw new InvalidLetterException("kind", "the kind must be a name such as CONFIRMATION.");
        }
        if (letter.batch() != null && !BATCH.matcher(letter.batch()).matches()) {
            throw new InvalidLetterException("batch", "the batch must be a name such as notice-17.");
        }
        return recipient;
    }

    private long store(Letter letter, String recipient, Composer.Rendered rendered, String notMeKey) {
        var now = clock.instant();
        var mail = new OutboundMail(
                new OutboundMail.Addressing(composer.newMessageId(), letter.kind(), letter.ticketId(), recipient,
                        MailText.line(letter.name(), MAX_NAME), rendered.language(), letter.batch()),
                new OutboundMail.Content(letter.template(), rendered.subject(), rendered.text(), rendered.html()),
                Secrets.sha256(notMeKey), now);
        if (isSuppressed(recipient, letter.ticketId())) {
            mail.suppress(now);
        }
        em.persist(mail);
        return mail.getId();
    }

    /** The mail a "this wasn't me" link belongs to; empty for a key that matches no mail. */
    @Transactional(TxType.SUPPORTS)
    public Optional<ReportedMail> findByNotMeKey(String key) {
        if (key == null || key.isBlank() || key.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(OutboundMail.BY_NOT_ME_HASH, OutboundMail.class)
                .setParameter("hash", Secrets.sha256(key.strip()))
                .getResultStream()
                .findFirst()
                .map(m -> new ReportedMail(m.getId(), m.getMessageId(), m.getRecipient(), m.getTicketId(), m.getKind(),
                        m.getCreatedAt()));
    }

    /**
     * No more mail to {@code recipient} about {@code ticketId} ({@code null}: about no ticket):
     * what is still pending is suppressed now, what is enqueued later is stored suppressed (R1.6).
     * Joins the caller's transaction, so it commits with the security ticket the report opens.
     */
    @Transactional(TxType.REQUIRED)
    public void suppress(String recipient, Long ticketId) {
        var who = Recipients.normalised(recipient)
                .orElseThrow(() -> new InvalidLetterException("recipient", "that is not one e-mail address."));
        var now = clock.instant();
        if (!isSuppressed(who, ticketId)) {
            em.persist(new Suppression(who, ticketId, now));
        }
        em.createNamedQuery(OutboundMail.PENDING_FOR, OutboundMail.class)
                .setParameter("recipient", who)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .filter(m -> Objects.equals(m.getTicketId(), ticketId) && !m.delivery().getStatus().isFinished())
                .forEach(m -> m.suppress(now));
    }

    /** How many mails of {@code kind} were enqueued for {@code recipient} since then, for per-address limits. */
    @Transactional(TxType.SUPPORTS)
    public long countSince(String recipient, String kind, Instant since) {
        return Recipients.normalised(recipient)
                .map(who -> em.createNamedQuery(OutboundMail.COUNT_SINCE, Long.class)
                        .setParameter("recipient", who)
                        .setParameter("kind", kind)
                        .setParameter("since", since)
                        .getSingleResult())
                .orElse(0L);
    }

    private boolean isSuppressed(String recipient, Long ticketId) {
        var query = ticketId == null
                ? em.createNamedQuery(Suppression.FOR_NO_TICKET, Long.class)
                : em.createNamedQuery(Suppression.FOR_TICKET, Long.class).setParameter("ticketId", ticketId);
        return query.setParameter("recipient", recipient).getSingleResult() > 0;
    }
}
