package io.guarddesk.requesters.boundary;

import io.guarddesk.requesters.entity.Confirmation;
import io.guarddesk.requesters.entity.Purpose;
import io.guarddesk.testing.Databases;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.Requester;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketAccessKey;
import io.guarddesk.tickets.entity.TicketStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** R1.5 on both databases: the purge deletes exactly the unconfirmed tickets past their time, with all they hold. */
class UnconfirmedPurgeIT {

    static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    static Stream<Databases.Target> databases() {
        return Stream.of(Databases.h2(), Databases.postgres());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @DisplayName("R1.5 unconfirmed tickets older than 7 days are purged with their content; others stay")
    void purge(Databases.Target database) {
        try (var unit = database.migratedUnit()) {
            var em = unit.createEntityManager();
            em.getTransaction().begin();
            var old = pending(em, "old and unconfirmed", NOW.minus(Duration.ofDays(8)));
            var recent = pending(em, "recent", NOW.minus(Duration.ofDays(6)));
            var confirmed = pending(em, "old but confirmed", NOW.minus(Duration.ofDays(30)));
            confirmed.confirmRequester(NOW.minus(Duration.ofDays(29)));
            var evidence = pending(em, "reported", NOW.minus(Duration.ofDays(9)));
            var report = new Ticket(Reference.random(), new Requester("r", "r@example.com", Locale.ENGLISH), Category.MISDIRECTED,
                    Channel.WEB_FORM, "report", TicketStatus.NEW, NOW);
            report.relateTo(evidence);
            em.persist(report);
            em.getTransaction().commit();

            var purge = new UnconfirmedPurge();
            purge.em = em;
            purge.clock = Clock.fixed(NOW, ZoneOffset.UTC);
            purge.days = 7;
            var suppressed = new java.util.ArrayList<Long>();
            purge.outbox = new io.guarddesk.mail.boundary.Outbox() {
                @Override
                public void suppress(String recipient, Long ticketId) {
                    suppressed.add(ticketId);
                }
            };
            em.getTransaction().begin();
            int purged = purge.purge();
            em.getTransaction().commit();
            em.clear();

            assertThat(purged).isEqualTo(1);
            assertThat(suppressed).as("mail still queued about it is stopped").containsExactly(old.getId());
            assertThat(em.find(Ticket.class, old.getId())).isNull();
            assertThat(count(em, "SELECT COUNT(m) FROM Message m WHERE m.ticket.id = " + old.getId())).isZero();
            assertThat(count(em, "SELECT COUNT(k) FROM TicketAccessKey k WHERE k.ticket.id = " + old.getId())).isZero();
            assertThat(count(em, "SELECT COUNT(c) FROM Confirmation c WHERE c.ticket.id = " + old.getId())).isZero();
            assertThat(em.find(Ticket.class, recent.getId())).isNotNull();
            assertThat(em.find(Ticket.class, confirmed.getId())).isNotNull();
            assertThat(em.find(Ticket.class, evidence.getId())).as("a reported ticket is evidence").isNotNull();
            em.close();
        }
    }

    private static Ticket pending(jakarta.persistence.EntityManager em, String subject, Instant created) {
        var ticket = new Ticket(Reference.random(), new Requester("n", subject.replace(' ', '.') + "@example.com", Locale.ENGLISH),
                Category.GENERAL, Channel.WEB_FORM, subject, TicketStatus.PENDING_VERIFICATION, created);
        ticket.addPendingMessage("typed by someone", created);
        em.persist(ticket);
        em.persist(new TicketAccessKey("k-" + ticket.getReference().value(), ticket, created));
        em.persist(new Confirmation("c-" + ticket.getReference().value(), Purpose.TICKET, ticket, "n@example.com", created,
                created.plus(Duration.ofHours(24))));
        return ticket;
    }

    private static long count(jakarta.persistence.EntityManager em, String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
