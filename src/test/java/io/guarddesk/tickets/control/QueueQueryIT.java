package io.guarddesk.tickets.control;

import io.guarddesk.testing.Databases;
import io.guarddesk.testing.OnEachDatabase;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.Requester;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketChanges;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.DisplayName;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static io.guarddesk.testing.LocalTransactions.inTransaction;
import static io.guarddesk.testing.LocalTransactions.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain queue (no text search) on H2 and PostgreSQL with the V11 index: a deep page, read ids
 * first, is the same page the one-step read gives; and every write to a ticket or a message moves
 * the change counter the queue's kept counts depend on.
 */
class QueueQueryIT {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final int TICKETS = QueueQuery.IDS_FIRST_FROM + 40;

    @OnEachDatabase
    @DisplayName("a page past the first 500 tickets, read ids first, holds the tickets the sort puts there, ties broken by id")
    void deepPages(Databases.Target database) {
        try (var unit = database.migratedUnit()) {
            inTransaction(unit, em -> {
                for (int i = 0; i < TICKETS; i++) {
                    // pairs of tickets share their time, so the order between them is the id's
                    var category = i % 3 == 0 ? Category.BILLING : Category.GENERAL;
                    em.persist(new Ticket(Reference.random(), new Requester("R " + i, "r" + i + "@example.com", Locale.ENGLISH),
                            category, Channel.WEB_FORM, "Subject " + i, TicketStatus.OPEN, NOW.minus(Duration.ofMinutes(i / 2))));
                }
            });
            var everything = QueueFilter.everything();
            for (boolean ascending : new boolean[] {false, true}) {
                var expected = read(unit, em -> em.createQuery("SELECT t.reference FROM Ticket t ORDER BY t.updatedAt "
                        + (ascending ? "ASC, t.id ASC" : "DESC, t.id DESC"), Reference.class).getResultList());
                var page = read(unit, em -> references(query(em, everything).rows(QueueOrder.UPDATED, ascending, 510, 25)));
                assertThat(page).as(ascending ? "oldest first" : "newest first")
                        .containsExactlyElementsOf(expected.stream().map(Reference::value).toList().subList(510, 535));
            }
            var billing = new QueueFilter(Set.of(TicketStatus.OPEN), Optional.of(Category.BILLING), Optional.empty(), Optional.empty(), Optional.empty());
            var billingOrder = read(unit, em -> references(query(em, billing).rows(QueueOrder.UPDATED, false, 0, 200)));
            assertThat(billingOrder).hasSize(TICKETS / 3);
            List<String> pastTheEnd = read(unit, em -> references(query(em, everything).rows(QueueOrder.UPDATED, false, TICKETS, 25)));
            assertThat(pastTheEnd).as("past the end").isEmpty();
            assertThat(read(unit, em -> query(em, billing).count(1000)).value()).isEqualTo(TICKETS / 3);
        }
    }

    @OnEachDatabase
    @DisplayName("persisting a ticket, changing it and adding a message each move the change counter the kept queue counts check")
    void changesAreCounted(Databases.Target database) {
        try (var unit = database.migratedUnit()) {
            var reference = Reference.random();
            long before = TicketChanges.generation();
            inTransaction(unit, em -> em.persist(new Ticket(reference, new Requester("R", "r@example.com", Locale.ENGLISH),
                    Category.GENERAL, Channel.WEB_FORM, "Subject", TicketStatus.NEW, NOW)));
            long persisted = TicketChanges.generation();
            assertThat(persisted).as("persisted").isGreaterThan(before);

            inTransaction(unit, em -> byReference(em, reference).moveTo(TicketStatus.OPEN, NOW.plusSeconds(60)));
            long moved = TicketChanges.generation();
            assertThat(moved).as("status changed").isGreaterThan(persisted);

            inTransaction(unit, em -> byReference(em, reference).addCustomerMessage("More detail", NOW.plusSeconds(120)));
            assertThat(TicketChanges.generation()).as("message added").isGreaterThan(moved);

            long afterMessage = TicketChanges.generation();
            read(unit, em -> byReference(em, reference).getSubject());
            assertThat(TicketChanges.generation()).as("reading changes nothing").isEqualTo(afterMessage);
        }
    }

    private static QueueQuery query(EntityManager em, QueueFilter filter) {
        return new QueueQuery(em, filter, false, NOW, TextSearch.Strategy.SCAN);
    }

    private static List<String> references(List<TicketSummary> rows) {
        return rows.stream().map(TicketSummary::reference).toList();
    }

    private static Ticket byReference(EntityManager em, Reference reference) {
        return em.createNamedQuery(Ticket.BY_REFERENCE, Ticket.class).setParameter("reference", reference).getSingleResult();
    }
}
