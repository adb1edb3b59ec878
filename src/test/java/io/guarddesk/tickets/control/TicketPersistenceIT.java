package io.guarddesk.tickets.control;

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
import io.guarddesk.tickets.entity.TicketAccessKey;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The entities, the Flyway migrations and the queue query against both databases Guarddesk runs
 * on: H2 (the embedded default) and a real PostgreSQL. Each test gets a freshly migrated database.
 */
class TicketPersistenceIT {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00.123456Z");

    private EntityManagerFactory unit;
    private TextSearch.Strategy strategy;

    @AfterEach
    void close() {
        if (unit != null) {
            unit.close();
        }
    }

    @OnEachDatabase
    @DisplayName("R7.1 a ticket with its thread, Japanese text and exact times is stored and read back as written")
    void roundTrip(Databases.Target database) {
        unit = database.migratedUnit();
        var reference = Reference.random();
        inTransaction(em -> {
            var ticket = ticket(reference, Category.BILLING, "請求書の金額について", NOW);
            ticket.addCustomerMessage("先月の請求額が違います。\n改行も保存されます。", NOW);
            em.persist(ticket);
            em.persist(new TicketAccessKey("hash-" + reference.value(), ticket, NOW));
        });

        var read = read(em -> em.createNamedQuery(Ticket.BY_REFERENCE, Ticket.class).setParameter("reference", reference)
                .getSingleResult());
        assertThat(read.getSubject()).isEqualTo("請求書の金額について");
        assertThat(read.getCreatedAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));
        assertThat(read.getRequesterLanguage()).isEqualTo(Locale.JAPANESE);
        assertThat(read.getMessages()).singleElement().satisfies(m -> assertThat(m.getBody()).isEqualTo("先月の請求額が違います。\n改行も保存されます。"));
        var byKey = read(em -> em.createNamedQuery(TicketAccessKey.TICKET_BY_HASH, Ticket.class).setParameter("hash", "hash-" + reference.value())
                .getSingleResult());
        assertThat(byKey.getReference()).isEqualTo(reference);
    }

    @OnEachDatabase
    @DisplayName("R1.8 the database refuses a second ticket with the same reference number")
    void referenceIsUnique(Databases.Target database) {
        unit = database.migratedUnit();
        var reference = Reference.random();
        inTransaction(em -> em.persist(ticket(reference, Category.GENERAL, "first", NOW)));

        assertThatThrownBy(() -> inTransaction(em -> em.persist(ticket(reference, Category.GENERAL, "second", NOW))))
                .isInstanceOfAny(RollbackException.class, PersistenceException.class);
        long tickets = read(em -> em.createQuery("SELECT COUNT(t) FROM Ticket t", Long.class).getSingleResult());
        assertThat(tickets).isEqualTo(1);
    }

    @OnEachDatabase
    @DisplayName("a change based on a stale copy of a ticket is refused (optimistic locking)")
    void staleWriteRefused(Databases.Target database) {
        unit = database.migratedUnit();
        var reference = Reference.random();
        inTransaction(em -> em.persist(ticket(reference, Category.GENERAL, "locked", NOW)));
        var first = unit.createEntityManager();
        var second = unit.createEntityManager();
        first.getTransaction().begin();
        second.getTransaction().begin();
        var mine = byReference(first, reference);
        var theirs = byReference(second, reference);

        mine.moveTo(TicketStatus.OPEN, NOW.plusSeconds(1));
        first.getTransaction().commit();
        theirs.moveTo(TicketStatus.SOLVED, NOW.plusSeconds(2));

        assertThatThrownBy(() -> second.getTransaction().commit()).isInstanceOf(RollbackException.class);
        first.close();
        second.close();
        assertThat(read(em -> byReference(em, reference)).getStatus()).isEqualTo(TicketStatus.OPEN);
    }

    @OnEachDatabase
    @DisplayName("the queue filters, hides security tickets from agents, sorts and pages in the database")
    void queueQuery(Databases.Target database) {
        unit = database.migratedUnit();
        strategy = database.name().equals("H2") ? TextSearch.Strategy.SCAN : TextSearch.Strategy.POSTGRESQL;
        inTransaction(em -> {
            var aoi = new StaffUser("aoi", "Aoi", "aoi@desk.example", "x", EnumSet.of(Role.AGENT), NOW);
            em.persist(aoi);
            for (int i = 0; i < 30; i++) {
                var ticket = ticket(Reference.random(), i % 3 == 0 ? Category.BILLING : Category.GENERAL,
                        String.format("subject %02d", i), NOW.minus(Duration.ofHours(i)));
                ticket.addCustomerMessage("m", NOW.minus(Duration.ofHours(i)));
                if (i < 5) {
                    ticket.assignTo(aoi, NOW.minus(Duration.ofHours(i)));
                }
                em.persist(ticket);
            }
            em.persist(ticket(Reference.random(), Category.PRIVACY_SECURITY, "leak", NOW));
            em.persist(ticket(Reference.random(), Category.GENERAL, "awaiting confirmation", NOW, TicketStatus.PENDING_VERIFICATION));
        });

        assertThat(count(QueueFilter.everything(), false)).as("agents: no security, no unconfirmed").isEqualTo(30);
        assertThat(count(QueueFilter.everything(), true)).as("supervisors see security tickets").isEqualTo(31);
        var capped = read(em -> new QueueQuery(em, QueueFilter.everything(), false, NOW, strategy).count(20));
        assertThat(capped).isEqualTo(new QueueQuery.Count(20, false));
        assertThat(count(filter(Set.of(), Optional.of(Category.BILLING), Optional.empty(), Optional.empty(), Optional.empty()), false)).isEqualTo(10);
        assertThat(count(filter(Set.of(), Optional.empty(), Optional.of("aoi"), Optional.empty(), Optional.empty()), false)).isEqualTo(5);
        assertThat(count(filter(Set.of(TicketStatus.NEW), Optional.empty(), Optional.of(QueueFilter.UNASSIGNED), Optional.empty(), Optional.empty()), false)).isEqualTo(25);
        assertThat(count(filter(Set.of(), Optional.empty(), Optional.empty(), Optional.of(Duration.ofHours(24)), Optional.empty()), false)).isEqualTo(5);
        assertThat(count(filter(Set.of(TicketStatus.PENDING_VERIFICATION), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), true)).isZero();
        assertThat(count(filter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(" REQUESTER@EXAMPLE.COM ")), false)).isEqualTo(30);

        var page = read(em -> new QueueQuery(em, QueueFilter.everything(), false, NOW, strategy).rows(QueueOrder.SUBJECT, true, 10, 5));
        assertThat(page).extracting(TicketSummary::subject).containsExactly("subject 10", "subject 11", "subject 12", "subject 13", "subject 14");
        var newest = read(em -> new QueueQuery(em, QueueFilter.everything(), false, NOW, strategy).rows(QueueOrder.CREATED, false, 0, 2));
        assertThat(newest).extracting(TicketSummary::subject).containsExactly("subject 00", "subject 01");
        assertThat(newest.get(0).assignee()).isEqualTo("Aoi");

        var reference = newest.get(1).reference();
        var spoken = reference.toLowerCase(Locale.ROOT).replace("-", "");
        List<TicketSummary> found = read(em -> new QueueQuery(em, filter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(spoken)), false, NOW, strategy).rows(QueueOrder.UPDATED, false, 0, 10));
        assertThat(found).extracting(TicketSummary::reference).containsExactly(reference);
    }

    private long count(QueueFilter filter, boolean supervisor) {
        return read(em -> new QueueQuery(em, filter, supervisor, NOW, strategy).count(1000).value());
    }

    private static QueueFilter filter(Set<TicketStatus> statuses, Optional<Category> category, Optional<String> assignee,
                                      Optional<Duration> olderThan, Optional<String> text) {
        return new QueueFilter(statuses, category, assignee, olderThan, text);
    }

    private static Ticket ticket(Reference reference, Category category, String subject, Instant at) {
        return ticket(reference, category, subject, at, TicketStatus.NEW);
    }

    private static Ticket ticket(Reference reference, Category category, String subject, Instant at, TicketStatus status) {
        return new Ticket(reference, new Requester("Requester", "requester@example.com", Locale.JAPANESE),
                category, Channel.WEB_FORM, subject, status, at);
    }

    private static Ticket byReference(EntityManager em, Reference reference) {
        return em.createNamedQuery(Ticket.BY_REFERENCE, Ticket.class).setParameter("reference", reference).getSingleResult();
    }

    private void inTransaction(Consumer<EntityManager> work) {
        LocalTransactions.inTransaction(unit, work);
    }

    private <T> T read(Function<EntityManager, T> query) {
        var em = unit.createEntityManager();
        try {
            var result = query.apply(em);
            if (result instanceof Ticket ticket) {
                ticket.getMessages().size();
            }
            return result;
        } finally {
            em.close();
        }
    }
}
