package io.guarddesk.incidents.control;

import io.guarddesk.accounts.entity.AccountData;
import io.guarddesk.accounts.entity.AccountStatus;
import io.guarddesk.accounts.entity.CustomerAccount;
import io.guarddesk.incidents.entity.Deadline;
import io.guarddesk.incidents.entity.Incident;
import io.guarddesk.incidents.entity.IncidentFacts;
import io.guarddesk.incidents.entity.IncidentReference;
import io.guarddesk.incidents.entity.LeakedData;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.StaffUser;
import io.guarddesk.testing.Databases;
import io.guarddesk.testing.LocalTransactions;
import io.guarddesk.testing.OnEachDatabase;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.Requester;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Incidents against both databases: the V7 schema, the entity, the claims of the overdue job and
 * the numbering. Plain JPA outside the container (no Payara): {@code mvn test
 * -Dtest=IncidentPersistenceIT} runs it alone, failsafe runs it with the other ITs.
 */
class IncidentPersistenceIT {

    private static final Instant DISCOVERED = Instant.parse("2026-04-23T03:00:00Z"); // Apr 23 12:00 JST
    private static final Deadlines JAPAN = new Deadlines(ZoneId.of("Asia/Tokyo"));

    private EntityManagerFactory unit;

    @AfterEach
    void close() {
        if (unit != null) {
            unit.close();
        }
    }

    @OnEachDatabase
    @DisplayName("R3.4 an incident with what leaked, linked tickets, affected accounts and reports is stored and read back")
    void roundTrip(Databases.Target database) {
        unit = database.migratedUnit();
        var origin = Reference.random().value();
        var other = Reference.random().value();
        inTransaction(em -> {
            em.persist(supervisor());
            em.persist(securityTicket(origin));
            em.persist(securityTicket(other));
            em.persist(account("C-100234"));
            em.persist(account("C-100235"));
        });
        inTransaction(em -> {
            var incident = new Incident(IncidentReference.of(2026, 1), "sora", origin, cardLeak(), DISCOVERED);
            incident.link(other, DISCOVERED);
            incident.affect(Set.of("C-100234", "C-100235"), DISCOVERED);
            incident.recordReport(Deadline.APPI_PRELIMINARY, DISCOVERED.plusSeconds(3600));
            em.persist(incident);
        });

        var read = read(em -> byReference(em, "INC-2026-0001"));

        assertThat(read.facts()).isEqualTo(cardLeak());
        assertThat(read.getOpenedFrom()).isEqualTo(origin);
        assertThat(read.getLinkedTickets()).containsExactly(other);
        assertThat(read.getAffectedAccounts()).containsExactly("C-100234", "C-100235");
        assertThat(read.reports()).containsOnlyKeys(Deadline.APPI_PRELIMINARY);
        assertThat(read.overdueAnnounced(Deadline.APPI_FINAL)).isFalse();
        assertThat(JAPAN.clocks(read.facts(), read.reports(), DISCOVERED.plus(Duration.ofDays(40))))
                .extracting(DeadlineClock::state).containsExactly(ClockState.DONE, ClockState.OVERDUE, ClockState.NOT_REQUIRED);
    }

    @OnEachDatabase
    @DisplayName("R3.4 the schema refuses an incident about a ticket or an account that does not exist")
    void foreignKeys(Databases.Target database) {
        unit = database.migratedUnit();
        var origin = Reference.random().value();
        inTransaction(em -> {
            em.persist(supervisor());
            em.persist(securityTicket(origin));
        });

        assertThatThrownBy(() -> inTransaction(em -> em.persist(new Incident(IncidentReference.of(2026, 1), "sora",
                Reference.random().value(), cardLeak(), DISCOVERED)))).isInstanceOfAny(RollbackException.class, PersistenceException.class);
        assertThatThrownBy(() -> inTransaction(em -> {
            var incident = new Incident(IncidentReference.of(2026, 2), "sora", origin, cardLeak(), DISCOVERED);
            incident.affect(Set.of("NO-SUCH-ACCOUNT"), DISCOVERED);
            em.persist(incident);
        })).isInstanceOfAny(RollbackException.class, PersistenceException.class);
        long incidents = read(em -> em.createQuery("SELECT COUNT(i) FROM Incident i", Long.class).getSingleResult());
        assertThat(incidents).isZero();
    }

    @OnEachDatabase
    @DisplayName("R3.4 incidents are numbered INC-<year>-<n> in the desk's zone, gapless, starting again at 1 in a new JST year")
    void numbering(Databases.Target database) {
        unit = database.migratedUnit();
        var tokyo = ZoneId.of("Asia/Tokyo");
        var numbers = new ArrayList<String>();
        for (var at : List.of("2026-04-23T03:00:00Z", "2026-12-31T14:59:59Z", "2026-12-31T15:00:00Z", "2027-02-01T00:00:00Z")) {
            inTransaction(em -> numbers.add(new IncidentNumbers(em).next(Instant.parse(at), tokyo).value()));
        }
        // a rolled-back opening gives its number back
        var unit = this.unit;
        var em = unit.createEntityManager();
        em.getTransaction().begin();
        new IncidentNumbers(em).next(Instant.parse("2027-02-02T00:00:00Z"), tokyo);
        em.getTransaction().rollback();
        em.close();
        inTransaction(e -> numbers.add(new IncidentNumbers(e).next(Instant.parse("2027-02-03T00:00:00Z"), tokyo).value()));

        assertThat(numbers).containsExactly("INC-2026-0001", "INC-2026-0002", "INC-2027-0001", "INC-2027-0002", "INC-2027-0003");
    }

    @OnEachDatabase
    @DisplayName("R3.4 the overdue job finds an unannounced overdue deadline, and of two competing claims exactly one counts the row")
    void claimExactlyOnce(Databases.Target database) throws Exception {
        unit = database.migratedUnit();
        var id = storedCardLeak();
        var now = DISCOVERED.plus(Duration.ofDays(7)); // preliminary overdue, final still running

        var candidates = candidates(now);
        assertThat(candidates).singleElement().satisfies(c -> {
            assertThat(c.incidentId()).isEqualTo(id);
            assertThat(c.reference()).isEqualTo("INC-2026-0001");
            assertThat(c.deadline()).isEqualTo(Deadline.APPI_PRELIMINARY);
            assertThat(c.due()).isEqualTo(Instant.parse("2026-04-28T15:00:00Z"));
        });

        // the first claims and holds its transaction open while the second tries: the second waits for the row, then counts none
        var firstClaimed = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> {
                var em = unit.createEntityManager();
                try {
                    em.getTransaction().begin();
                    boolean won = new OverdueClaims(em).claim(id, Deadline.APPI_PRELIMINARY);
                    firstClaimed.countDown();
                    Thread.sleep(300);
                    em.getTransaction().commit();
                    return won;
                } finally {
                    em.close();
                }
            });
            var second = pool.submit(() -> {
                firstClaimed.await(10, TimeUnit.SECONDS);
                var em = unit.createEntityManager();
                try {
                    em.getTransaction().begin();
                    boolean won = new OverdueClaims(em).claim(id, Deadline.APPI_PRELIMINARY);
                    em.getTransaction().commit();
                    return won;
                } finally {
                    em.close();
                }
            });
            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
        } finally {
            pool.shutdownNow();
        }

        assertThat(candidates(now)).as("announced once, not a candidate again").isEmpty();
        var later = DISCOVERED.plus(Duration.ofDays(40));
        assertThat(candidates(later)).extracting(OverdueClaims.Candidate::deadline)
                .containsExactly(Deadline.APPI_FINAL);
        var stored = read(em -> em.find(Incident.class, id));
        assertThat(stored.overdueAnnounced(Deadline.APPI_PRELIMINARY)).isTrue();
        assertThat(stored.getVersion()).as("a claim is not a change a supervisor's edit should conflict with").isEqualTo(1);
    }

    @OnEachDatabase
    @DisplayName("R3.4 a released claim is claimable again; a recorded report or a closed incident is no candidate")
    void releaseAndNoCandidates(Databases.Target database) {
        unit = database.migratedUnit();
        var id = storedCardLeak();
        var now = DISCOVERED.plus(Duration.ofDays(7));

        inTransaction(em -> {
            var claims = new OverdueClaims(em);
            assertThat(claims.claim(id, Deadline.APPI_PRELIMINARY)).isTrue();
            claims.release(id, Deadline.APPI_PRELIMINARY);
        });
        assertThat(candidates(now)).hasSize(1);

        inTransaction(em -> em.find(Incident.class, id).recordReport(Deadline.APPI_PRELIMINARY, now));
        assertThat(candidates(now)).isEmpty();

        var muchLater = DISCOVERED.plus(Duration.ofDays(90));
        assertThat(candidates(muchLater)).hasSize(1);
        inTransaction(em -> em.find(Incident.class, id).close(muchLater));
        assertThat(candidates(muchLater)).as("closed incidents are not scanned").isEmpty();
    }

    @OnEachDatabase
    @DisplayName("R3.4 every change counts as a new version, also one to the linked tickets only; a stale copy's change is refused")
    void versioning(Databases.Target database) {
        unit = database.migratedUnit();
        var id = storedCardLeak();
        var stale = read(em -> em.find(Incident.class, id));

        // as IncidentAccess does: read under the row lock, change, force the version on
        inTransaction(em -> {
            var incident = em.find(Incident.class, id, LockModeType.PESSIMISTIC_WRITE);
            incident.link(ticketIn(em), DISCOVERED);
            em.lock(incident, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        });
        inTransaction(em -> {
            var incident = em.find(Incident.class, id, LockModeType.PESSIMISTIC_WRITE);
            incident.change(new IncidentFacts("renamed", EnumSet.of(LeakedData.CARD_DATA), 1, DISCOVERED, false, false),
                    DISCOVERED.plusSeconds(60));
            em.lock(incident, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        });

        assertThat(stale.getVersion()).isEqualTo(1);
        assertThat(read(em -> em.find(Incident.class, id)).getVersion()).as("one step per change").isEqualTo(3);
        assertThatThrownBy(() -> inTransaction(em -> {
            var merged = em.merge(stale);
            merged.change(new IncidentFacts("other", EnumSet.of(LeakedData.EMAIL), 5, DISCOVERED, false, false), DISCOVERED);
        })).isInstanceOf(OptimisticLockException.class);
        assertThat(read(em -> em.find(Incident.class, id)).getTitle()).isEqualTo("renamed");
    }

    @OnEachDatabase
    @DisplayName("R3.4 affected accounts must be in the directory: unknown numbers are named, known ones pass trimmed and once")
    void accountCheck(Databases.Target database) {
        unit = database.migratedUnit();
        inTransaction(em -> {
            em.persist(account("C-1"));
            em.persist(account("C-2"));
        });

        Set<String> checked = read(em -> new AccountCheck(em).checked(List.of(" C-1 ", "C-2", "C-1", ""), Locale.ENGLISH));
        assertThat(checked).containsExactly("C-1", "C-2");
        assertThatThrownBy(() -> read(em -> new AccountCheck(em).checked(List.of("C-1", "X-9", "X-8"), Locale.ENGLISH)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).singleElement()
                        .satisfies(f -> {
                            assertThat(f.field()).isEqualTo("accounts");
                            assertThat(f.message()).contains("X-8, X-9").doesNotContain("C-1");
                        }));
    }

    private List<OverdueClaims.Candidate> candidates(Instant now) {
        return read(em -> new OverdueClaims(em).find(JAPAN, now));
    }

    private long storedCardLeak() {
        var origin = Reference.random().value();
        inTransaction(em -> {
            em.persist(supervisor());
            em.persist(securityTicket(origin));
        });
        // a transaction of its own: the incident names staff and ticket by identifiers, not by JPA relations, so
        // EclipseLink does not know to insert them first (in the desk they always exist before an incident)
        inTransaction(em -> em.persist(new Incident(IncidentReference.of(2026, 1), "sora", origin, cardLeak(), DISCOVERED)));
        return read(em -> byReference(em, "INC-2026-0001")).getId();
    }

    private static String ticketIn(EntityManager em) {
        var reference = Reference.random().value();
        em.persist(securityTicket(reference));
        em.flush();
        return reference;
    }

    private static IncidentFacts cardLeak() {
        return new IncidentFacts("カード情報の漏えい", EnumSet.of(LeakedData.CARD_DATA, LeakedData.NAME), 1, DISCOVERED, false, false);
    }

    private static StaffUser supervisor() {
        return new StaffUser("sora", "Sora", "sora@desk.example", "x", EnumSet.of(Role.SUPERVISOR), DISCOVERED);
    }

    private static Ticket securityTicket(String reference) {
        return new Ticket(new Reference(reference), new Requester("Requester", "requester@example.com", Locale.JAPANESE),
                Category.PRIVACY_SECURITY, Channel.WEB_FORM, "leak", TicketStatus.NEW, DISCOVERED);
    }

    private static CustomerAccount account(String number) {
        return new CustomerAccount(new AccountData(number, "login-" + number, number + "@example.net", "Holder " + number, null,
                null, AccountStatus.ACTIVE), DISCOVERED);
    }

    private static Incident byReference(EntityManager em, String reference) {
        var incident = em.createNamedQuery(Incident.BY_REFERENCE, Incident.class)
                .setParameter("reference", new IncidentReference(reference)).getSingleResult();
        incident.getLinkedTickets();
        incident.getAffectedAccounts();
        incident.facts();
        return incident;
    }

    private void inTransaction(Consumer<EntityManager> work) {
        LocalTransactions.inTransaction(unit, work);
    }

    private <T> T read(Function<EntityManager, T> query) {
        var em = unit.createEntityManager();
        try {
            var result = query.apply(em);
            if (result instanceof Incident incident) {
                incident.getLinkedTickets();
                incident.getAffectedAccounts();
                incident.facts();
            }
            return result;
        } finally {
            em.close();
        }
    }
}
