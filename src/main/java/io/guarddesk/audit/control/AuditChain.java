package io.guarddesk.audit.control;

import io.guarddesk.audit.entity.AuditEntry;
import io.guarddesk.audit.entity.AuditHead;
import io.guarddesk.audit.entity.ChainedContent;
import io.guarddesk.audit.entity.SensitiveAction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Appends to and verifies the audit chain in the caller's transaction (R6.2). An append locks the
 * head row and keeps the lock to the commit: entries of concurrent transactions, on any number
 * of instances, are numbered in commit order, and a rolled-back action leaves neither an entry
 * nor a gap.
 */
public final class AuditChain {

    /** The column sizes of V6; a longer value is cut, never a reason to fail the action it records. */
    static final int ACTOR = 64;
    static final int ACTION = 32;
    static final int TICKET = 32;
    static final int ACCOUNT = 64;
    static final int OUTCOME = 32;
    static final int DETAIL = 500;

    private final EntityManager em;

    public AuditChain(EntityManager em) {
        this.em = em;
    }

    public AuditEntry append(SensitiveAction action, Instant now) {
        Objects.requireNonNull(action.action(), "an audit entry needs an action");
        var head = Objects.requireNonNull(em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE),
                "audit_head row missing: migrations not applied");
        var content = new ChainedContent(head.getLastSeq() + 1, head.getLastHash(),
                // the precision both databases keep: the hash must survive the round trip
                now.truncatedTo(ChronoUnit.MICROS),
                clip(Objects.requireNonNull(action.actor(), "an audit entry needs an actor"), ACTOR),
                clip(action.action().name(), ACTION),
                clip(action.ticket(), TICKET),
                clip(action.account(), ACCOUNT),
                clip(Objects.requireNonNull(action.outcome(), "an audit entry needs an outcome"), OUTCOME),
                clip(action.detail(), DETAIL));
        var entry = new AuditEntry(content, ChainHash.of(content));
        em.persist(entry);
        head.advance(content.seq(), entry.getHash());
        // Written now, so that a second append in this transaction finds the head moved on, whether
        // or not the provider re-reads an entity it already manages when asked to lock it.
        em.flush();
        return entry;
    }

    /** Reads the head without locking it: appends go on meanwhile, and are checked next time. */
    public Verification verify(int pageSize) {
        return new ChainVerifier(this::range, pageSize).verify(em.find(AuditHead.class, AuditHead.ID));
    }

    public long lastSeq() {
        var head = em.find(AuditHead.class, AuditHead.ID);
        return head == null ? 0 : head.getLastSeq();
    }

    /** One page in seq order, detached at once, so a walk over millions of entries holds one page in memory. */
    public List<AuditEntry> range(long after, long upTo, int limit) {
        var page = em.createNamedQuery(AuditEntry.RANGE, AuditEntry.class)
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .setMaxResults(limit)
                .getResultList();
        page.forEach(em::detach);
        return page;
    }

    /** Newest first, for reading; detached like {@link #range}. */
    public List<AuditEntry> newest(int offset, int limit) {
        var page = em.createNamedQuery(AuditEntry.NEWEST, AuditEntry.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        page.forEach(em::detach);
        return page;
    }

    static String clip(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
