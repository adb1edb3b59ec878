package io.guarddesk.accounts.boundary;

import io.guarddesk.accounts.control.AccountInput;
import io.guarddesk.accounts.control.DirectoryWrites;
import io.guarddesk.accounts.control.ImportJob;
import io.guarddesk.accounts.entity.AccountData;
import io.guarddesk.accounts.entity.AccountStatus;
import io.guarddesk.accounts.entity.CustomerAccount;
import io.guarddesk.accounts.entity.DirectoryChanged;
import io.guarddesk.accounts.entity.OwnerAddress;
import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.Validation;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The customer account directory as the company's systems fill it: one account at a time (the
 * sync API) or a whole file at once (the CSV import), always with a change record so the guard of
 * every instance follows within a second.
 */
@Boundary
public class Directory {

    private static final int BATCH = 500;
    /** Accounts as values, not managed entities: thousands may be read in a caller's transaction. */
    private static final String DATA = "SELECT NEW io.guarddesk.accounts.entity.AccountData(a.accountNumber, a.loginId, "
            + "a.ownerEmail, a.holderName, a.holderNameKana, a.phone, a.status) FROM CustomerAccount a";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Validation validation;

    @Inject
    Event<DirectoryChanged> changed;

    public DirectoryWrites.Outcome upsert(AccountInput input, Locale locale) {
        validation.check(input, locale);
        var writes = new DirectoryWrites(em, clock.instant());
        var outcome = writes.upsert(input.data());
        announce(writes);
        return outcome;
    }

    /**
     * Writes a whole checked file in this one transaction: every row or, when anything fails,
     * none (nothing half-imported).
     */
    public ImportJob.Counts importAll(List<AccountInput> rows, ImportJob job) {
        var writes = new DirectoryWrites(em, clock.instant());
        int created = 0, updated = 0, unchanged = 0, done = 0;
        for (var row : rows) {
            switch (writes.upsert(row.data())) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            if (++done % BATCH == 0) {
                writes.flushAndClear();
                job.wrote(done);
            }
        }
        announce(writes);
        return new ImportJob.Counts(created, updated, unchanged);
    }

    /** The accounts whose owner address is {@code address}, however it is written (case, width, spaces). */
    public List<CustomerAccount> ownedBy(String address) {
        var key = OwnerAddress.key(address);
        if (key == null || key.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(CustomerAccount.OWNED_BY, CustomerAccount.class).setParameter("key", key).getResultList();
    }

    /** One account of {@code address}'s; empty for an account of anyone else or none at all. */
    public Optional<CustomerAccount> ownedBy(String address, String accountNumber) {
        var number = accountNumber == null ? "" : accountNumber.strip();
        return ownedBy(address).stream().filter(a -> a.getAccountNumber().equals(number)).findFirst();
    }

    /** The accounts among {@code numbers} that exist, as the directory has them now. */
    public List<AccountData> byNumbers(Collection<String> numbers) {
        var found = new ArrayList<AccountData>(numbers.size());
        var all = List.copyOf(numbers);
        for (int from = 0; from < all.size(); from += BATCH) {
            found.addAll(em.createQuery(DATA + " WHERE a.accountNumber IN :numbers", AccountData.class)
                    .setParameter("numbers", all.subList(from, Math.min(all.size(), from + BATCH)))
                    .getResultList());
        }
        return found;
    }

    /**
     * At most {@code limit} accounts in {@code status} (any when null) whose number starts with
     * {@code numberPrefix} and whose owner's address is at {@code domain} (either may be null),
     * by account number.
     */
    public List<AccountData> matching(AccountStatus status, String numberPrefix, String domain, int limit) {
        var where = new StringBuilder(" WHERE 1 = 1");
        if (status != null) {
            where.append(" AND a.status = :status");
        }
        if (numberPrefix != null) {
            where.append(" AND a.accountNumber LIKE :prefix ESCAPE '!'");
        }
        if (domain != null) {
            where.append(" AND a.ownerEmailKey LIKE :domain ESCAPE '!'");
        }
        var query = em.createQuery(DATA + where + " ORDER BY a.accountNumber", AccountData.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (numberPrefix != null) {
            query.setParameter("prefix", likeLiteral(numberPrefix) + "%");
        }
        if (domain != null) {
            query.setParameter("domain", "%@" + likeLiteral(OwnerAddress.key(domain)));
        }
        return query.setMaxResults(limit).getResultList();
    }

    private static String likeLiteral(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    void announce(DirectoryWrites writes) {
        if (writes.changedAnything()) {
            changed.fire(new DirectoryChanged());
        }
    }
}
