package io.guarddesk.accounts.control;

import io.guarddesk.accounts.entity.AccountChange;
import io.guarddesk.accounts.entity.AccountData;
import io.guarddesk.accounts.entity.CustomerAccount;
import io.guarddesk.accounts.entity.DirectoryVersion;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes accounts in the caller's transaction, each with its change record. The first write takes
 * the lock of the directory version row and holds it to the commit, so change numbers are handed
 * out in commit order.
 */
public final class DirectoryWrites {

    private final EntityManager em;
    private final Instant now;
    private DirectoryVersion version;

    public DirectoryWrites(EntityManager em, Instant now) {
        this.em = em;
        this.now = now;
    }

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public Outcome upsert(AccountData data) {
        var existing = em.createNamedQuery(CustomerAccount.BY_NUMBER, CustomerAccount.class)
                .setParameter("number", data.accountNumber())
                .getResultStream()
                .findFirst();
        if (existing.isPresent() && existing.get().data().equals(data)) {
            return Outcome.UNCHANGED;
        }
        var seq = version().next();
        if (existing.isPresent()) {
            var before = existing.get().data();
            existing.get().update(data, now);
            em.persist(new AccountChange(seq, Optional.of(before), data, now));
            return Outcome.UPDATED;
        }
        em.persist(new CustomerAccount(data, now));
        em.persist(new AccountChange(seq, Optional.empty(), data, now));
        return Outcome.CREATED;
    }

    /** Keeps a long import's persistence context small; the version row stays locked by the transaction. */
    public void flushAndClear() {
        em.flush();
        em.clear();
        version = version == null ? null : em.find(DirectoryVersion.class, DirectoryVersion.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean changedAnything() {
        return version != null;
    }

    private DirectoryVersion version() {
        if (version == null) {
            version = Objects.requireNonNull(em.find(DirectoryVersion.class, DirectoryVersion.ID, LockModeType.PESSIMISTIC_WRITE),
                    "directory_version row missing: migrations not applied");
        }
        return version;
    }
}
