package io.guarddesk.tickets.boundary;

import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.testing.Databases;
import io.guarddesk.testing.OnEachDatabase;
import io.guarddesk.testing.RecordingEvent;
import io.guarddesk.tickets.entity.AcknowledgementOverdue;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.Requester;
import io.guarddesk.tickets.entity.SecuritySource;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R3.3 on both databases: two "instances" (two persistence contexts on two threads) run the
 * escalation at the same moment with the clock moved forward, instead of sleeping; each step
 * happens exactly once.
 */
class AcknowledgementEscalationIT {

    private static final Instant TAGGED = Instant.parse("2026-11-30T14:30:00Z");

    private EntityManagerFactory unit;

    @AfterEach
    void close() {
        if (unit != null) {
            unit.close();
        }
    }

    @OnEachDatabase
    @DisplayName("R3.3 an unacknowledged security ticket escalates to all supervisors once, then to the privacy officer once, "
            + "even with two instances running the job at the same moment")
    void escalatesExactlyOnce(Databases.Target database) throws Exception {
        unit = database.migratedUnit();
        var reference = securityTicket(false);

        assertThat(runTwoInstances(TAGGED.plus(Duration.ofMinutes(59)))).isEmpty();

        var first = runTwoInstances(TAGGED.plus(Duration.ofMinutes(61)));
        assertThat(first).singleElement().satisfies(e -> {
            assertThat(e.reference()).isEqualTo(reference);
            assertThat(e.level()).isEqualTo(1);
            assertThat(e.acknowledgeBy()).isEqualTo(TAGGED.plus(Duration.ofHours(1)));
        });
        assertThat(runTwoInstances(TAGGED.plus(Duration.ofMinutes(90)))).as("nothing new before the officer's turn").isEmpty();

        var second = runTwoInstances(TAGGED.plus(Duration.ofMinutes(121)));
        assertThat(second).singleElement().satisfies(e -> assertThat(e.level()).isEqualTo(2));
        assertThat(runTwoInstances(TAGGED.plus(Duration.ofDays(3)))).as("never again").isEmpty();
    }

    @OnEachDatabase
    @DisplayName("R3.3 an acknowledged security ticket never escalates")
    void acknowledgedDoesNotEscalate(Databases.Target database) throws Exception {
        unit = database.migratedUnit();
        securityTicket(true);
        assertThat(runTwoInstances(TAGGED.plus(Duration.ofDays(1)))).isEmpty();
    }

    private String securityTicket(boolean acknowledged) {
        var em = unit.createEntityManager();
        em.getTransaction().begin();
        var ticket = new Ticket(Reference.random(), new Requester("Kenji", "kenji@example.jp", Locale.JAPANESE), Category.GENERAL,
                Channel.WEB_FORM, "身に覚えのない登録", TicketStatus.PENDING_VERIFICATION, TAGGED);
        ticket.addPendingMessage("登録した覚えがありません", TAGGED);
        ticket.tagSecurity(SecuritySource.CLASSIFIER, TAGGED, TAGGED.plus(Duration.ofHours(1)));
        if (acknowledged) {
            var supervisor = new io.guarddesk.staff.entity.StaffUser("sv", "Sora", "sv@example.com", "x",
                    java.util.EnumSet.of(io.guarddesk.staff.entity.Role.SUPERVISOR), TAGGED);
            em.persist(supervisor);
            ticket.acknowledge(supervisor, TAGGED.plus(Duration.ofMinutes(5)));
        }
        em.persist(ticket);
        em.getTransaction().commit();
        em.close();
        return ticket.getReference().value();
    }

    /** Both instances start their transaction together; answers every event fired by either. */
    private List<AcknowledgementOverdue> runTwoInstances(Instant now) throws Exception {
        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var results = new ArrayList<Future<List<AcknowledgementOverdue>>>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    var job = instance(now);
                    job.em.getTransaction().begin();
                    barrier.await();
                    job.escalateDue();
                    job.em.getTransaction().commit();
                    job.em.close();
                    return ((RecordingEvent<AcknowledgementOverdue>) job.overdue).fired();
                }));
            }
            var all = new ArrayList<AcknowledgementOverdue>();
            for (var result : results) {
                all.addAll(result.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private AcknowledgementEscalations instance(Instant now) {
        var job = new AcknowledgementEscalations();
        job.em = unit.createEntityManager();
        job.clock = Clock.fixed(now, ZoneOffset.UTC);
        var settings = new SlaSettings();
        settings.acknowledgeMinutes = 60;
        settings.officerAfterMinutes = 60;
        settings.businessDays = Optional.empty();
        settings.businessHours = Optional.empty();
        settings.zone = "Asia/Tokyo";
        settings.read();
        job.sla = settings;
        job.overdue = new RecordingEvent<>();
        job.audit = new RecordingEvent<SensitiveAction>();
        return job;
    }
}
