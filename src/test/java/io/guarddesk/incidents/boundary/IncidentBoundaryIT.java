package io.guarddesk.incidents.boundary;

import io.guarddesk.accounts.entity.AccountData;
import io.guarddesk.accounts.entity.AccountStatus;
import io.guarddesk.accounts.entity.CustomerAccount;
import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.incidents.control.ClockState;
import io.guarddesk.incidents.control.DeadlineClock;
import io.guarddesk.incidents.control.IncidentClocks;
import io.guarddesk.incidents.control.IncidentForm;
import io.guarddesk.incidents.control.IncidentView;
import io.guarddesk.incidents.control.ReportableGround;
import io.guarddesk.incidents.entity.Deadline;
import io.guarddesk.incidents.entity.DeadlineOverdue;
import io.guarddesk.mail.control.ManualClock;
import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.StaffUser;
import io.guarddesk.testing.Databases;
import io.guarddesk.testing.LocalTransactions;
import io.guarddesk.testing.OnEachDatabase;
import io.guarddesk.testing.RecordingEvent;
import io.guarddesk.tickets.boundary.TicketNotFoundException;
import io.guarddesk.tickets.boundary.Tickets;
import io.guarddesk.tickets.control.TicketView;
import io.guarddesk.tickets.control.Viewer;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.Requester;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The incident boundaries on a real database without the container: each call runs in a
 * transaction of its own, as the {@code @Boundary} interceptor would run it, with a manual clock
 * and recording events. The ticket boundary is replaced by one that applies the same visibility
 * rule ({@link Viewer#canSee}) to the same rows. What needs Payara (CDI, JAX-RS, security) is in
 * {@code IncidentChecks}.
 */
class IncidentBoundaryIT {

    private static final Instant DISCOVERED = Instant.parse("2026-04-23T03:00:00Z"); // Apr 23 12:00 JST
    private static final Viewer SUPERVISOR = new Viewer("sora", true);
    private static final Viewer AGENT = new Viewer("aoi", false);
    private static final Locale EN = Locale.ENGLISH;

    private final ManualClock clock = new ManualClock(DISCOVERED.plus(Duration.ofHours(2)));
    private final RecordingEvent<SensitiveAction> audit = new RecordingEvent<>();
    private final RecordingEvent<DeadlineOverdue> overdue = new RecordingEvent<>();
    private EntityManagerFactory unit;
    private EntityManager em;
    private Incidents incidents;
    private IncidentChanges changes;
    private OverdueNotices notices;
    private String securityTicket;
    private String generalTicket;
    private String unconfirmedTicket;

    @AfterEach
    void close() {
        if (unit != null) {
            unit.close();
        }
    }

    @Test
    @DisplayName("R3.4 a supervisor opens an incident from a security ticket: a number, the clocks at now, an audit entry without the title")
    void openFromSecurityTicket() {
        start(Databases.h2());

        var view = call(() -> incidents.open(securityTicket.toLowerCase(Locale.ROOT), cardLeak(), SUPERVISOR, EN));

        assertThat(view.reference()).isEqualTo("INC-2026-0001");
        assertThat(view.openedFrom()).isEqualTo(securityTicket);
        assertThat(view.openedBy()).isEqualTo("sora");
        assertThat(view.appiGrounds()).containsExactly(ReportableGround.FINANCIAL_DAMAGE);
        assertThat(view.clocks()).extracting(DeadlineClock::state).containsExactly(ClockState.RUNNING, ClockState.RUNNING, ClockState.NOT_REQUIRED);
        assertThat(view.clocks().get(0).due()).isEqualTo(Instant.parse("2026-04-28T15:00:00Z"));
        assertThat(view.clocks().get(0).remaining()).isEqualTo(Duration.between(clock.instant(), Instant.parse("2026-04-28T15:00:00Z")));
        assertThat(audit.fired()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.INCIDENT_CHANGE);
            assertThat(a.actor()).isEqualTo("sora");
            assertThat(a.ticket()).isEqualTo(securityTicket);
            assertThat(a.detail()).startsWith("INC-2026-0001 opened").contains("kinds=CARD_DATA").contains("people=1")
                    .doesNotContain("Card data");
        });
    }

    @OnEachDatabase
    @DisplayName("R3.4 R3.2 only a visible security ticket opens an incident; for agents every ticket answers as missing; one open incident per ticket")
    void openRefusals(Databases.Target database) {
        start(database);

        assertThat(refusal(() -> incidents.open(generalTicket, cardLeak(), SUPERVISOR, EN)).kind()).isEqualTo(DeskException.Kind.REFUSED);
        assertThatThrownBy(() -> call(() -> incidents.open(unconfirmedTicket, cardLeak(), SUPERVISOR, EN))).isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> call(() -> incidents.open("GD-00000-00000-00000", cardLeak(), SUPERVISOR, EN))).isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> call(() -> incidents.open(securityTicket, cardLeak(), AGENT, EN))).isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> call(() -> incidents.open(generalTicket, cardLeak(), AGENT, EN))).isInstanceOf(TicketNotFoundException.class);
        assertThat(audit.fired()).isEmpty();

        var first = call(() -> incidents.open(securityTicket, cardLeak(), SUPERVISOR, EN));
        var again = refusal(() -> incidents.open(securityTicket, cardLeak(), SUPERVISOR, EN));
        assertThat(again.kind()).isEqualTo(DeskException.Kind.CONFLICT);
        assertThat(again.getMessage()).contains(first.reference());

        var next = call(() -> incidents.open(otherSecurityTicket(), cardLeak(), SUPERVISOR, EN));
        assertThat(next.reference()).as("a refused opening used no number").isEqualTo("INC-2026-0002");
    }

    @Test
    @DisplayName("R3.4 for an agent no incident exists: reading and every change answer 404, the list is empty")
    void agentsSeeNothing() {
        start(Databases.h2());
        var reference = call(() -> incidents.open(securityTicket, cardLeak(), SUPERVISOR, EN)).reference();

        for (Function<Viewer, Object> action : List.<Function<Viewer, Object>>of(
                v -> incidents.get(reference, v, EN),
                v -> changes.update(reference, cardLeak(), Optional.empty(), v, EN),
                v -> changes.link(reference, generalTicket, v, EN),
                v -> changes.setAffectedAccounts(reference, List.of("C-1"), Optional.empty(), v, EN),
                v -> changes.recordReport(reference, Deadline.GDPR, v, EN),
                v -> changes.close(reference, Optional.empty(), v, EN))) {
            assertThat(refusal(() -> action.apply(AGENT)).kind()).isEqualTo(DeskException.Kind.NOT_FOUND);
        }
        assertThat(call(() -> incidents.openIncidents(AGENT))).isEmpty();
        assertThat(call(() -> incidents.openIncidentOf(securityTicket, AGENT))).isEmpty();
        assertThat(refusal(() -> incidents.get("INC-2026-0099", SUPERVISOR, EN)).getMessage())
                .isEqualTo(refusal(() -> incidents.get(reference, AGENT, EN)).getMessage());
        assertThat(call(() -> incidents.openIncidentOf(securityTicket, SUPERVISOR))).contains(reference);
    }

    @OnEachDatabase
    @DisplayName("R3.4 recording a report makes its clock DONE, once; closing is refused while a report is owed and allowed after")
    void reportsAndClosing(Databases.Target database) {
        start(database);
        var reference = call(() -> incidents.open(securityTicket, cardLeak(), SUPERVISOR, EN)).reference();
        var before = audit.fired().size();

        var outstanding = refusal(() -> changes.close(reference, Optional.empty(), SUPERVISOR, EN));
        assertThat(outstanding.kind()).isEqualTo(DeskException.Kind.REFUSED);
        assertThat(outstanding.getMessage()).contains("preliminary").contains("final").doesNotContain("GDPR");

        var reported = call(() -> changes.recordReport(reference, Deadline.APPI_PRELIMINARY, SUPERVISOR, EN));
        assertThat(reported.clocks().get(0).state()).isEqualTo(ClockState.DONE);
        assertThat(reported.clocks().get(0).reportedAt()).isEqualTo(clock.instant());
        clock.advance(Duration.ofHours(1));
        var twice = call(() -> changes.recordReport(reference, Deadline.APPI_PRELIMINARY, SUPERVISOR, EN));
        assertThat(twice.clocks().get(0).reportedAt()).as("the first record stands").isEqualTo(reported.clocks().get(0).reportedAt());
        assertThat(twice.version()).as("nothing changed").isEqualTo(reported.version());
        call(() -> changes.recordReport(reference, Deadline.APPI_FINAL, SUPERVISOR, EN));

        var closed = call(() -> changes.close(reference, Optional.empty(), SUPERVISOR, EN));
        assertThat(closed.open()).isFalse();
        assertThat(call(() -> incidents.openIncidents(SUPERVISOR))).isEmpty();
        assertThat(refusal(() -> changes.recordReport(reference, Deadline.GDPR, SUPERVISOR, EN)).kind()).isEqualTo(DeskException.Kind.CONFLICT);
        assertThat(audit.fired().subList(before, audit.fired().size())).extracting(SensitiveAction::detail).containsExactly(
                reference + " report recorded: APPI_PRELIMINARY",
                reference + " report recorded: APPI_FINAL", reference + " closed");
    }

    @OnEachDatabase
    @DisplayName("R3.4 facts, links and accounts change with the version the supervisor saw; a stale version is refused and changes nothing")
    void changesAndVersions(Databases.Target database) {
        start(database);
        var opened = call(() -> incidents.open(securityTicket, cardLeak(), SUPERVISOR, EN));
        var reference = opened.reference();

        var updated = call(() -> changes.update(reference, new IncidentForm("Card data in a reply", List.of("CARD_DATA", "NAME"), 3,
                DISCOVERED, null, null), Optional.of(opened.version()), SUPERVISOR, EN));
        assertThat(updated.people()).isEqualTo(3);
        assertThat(updated.version()).isEqualTo(opened.version() + 1);
        assertThat(refusal(() -> changes.update(reference, cardLeak(), Optional.of(opened.version()), SUPERVISOR, EN)).kind())
                .isEqualTo(DeskException.Kind.CONFLICT);

        var linked = call(() -> changes.link(reference, generalTicket, SUPERVISOR, EN));
        assertThat(linked.linkedTickets()).containsExactly(generalTicket);
        assertThat(linked.version()).isEqualTo(updated.version() + 1);
        assertThatThrownBy(() -> call(() -> changes.link(reference, unconfirmedTicket, SUPERVISOR, EN))).isInstanceOf(TicketNotFoundException.class);

        var unknown = catchInvalid(() -> changes.setAffectedAccounts(reference, List.of("C-1", "NOPE-1"), Optional.empty(), SUPERVISOR, EN));
        assertThat(unknown.fieldErrors()).singleElement().satisfies(f -> assertThat(f.message()).contains("NOPE-1"));
        var affected = call(() -> changes.setAffectedAccounts(reference, List.of("C-1", " C-1 "), Optional.of(linked.version()), SUPERVISOR, EN));
        assertThat(affected.affectedAccounts()).containsExactly("C-1");

        assertThat(audit.fired()).extracting(SensitiveAction::detail).containsExactly(reference + " opened: kinds=CARD_DATA people=1 "
                        + "unauthorisedAccess=false gdpr=false", reference + " facts changed: kinds,people", reference + " ticket linked",
                reference + " accounts: +1 -0 =1");
        assertThat(audit.fired().get(2).ticket()).as("the linked ticket").isEqualTo(generalTicket);
    }

    @OnEachDatabase
    @DisplayName("R3.4 overdue deadlines are announced once each with DeadlineOverdue(reference, deadline, due); a correction re-arms one")
    void overdueAnnouncedOnce(Databases.Target database) {
        start(database);
        var reference = call(() -> incidents.open(securityTicket, new IncidentForm("Card data", List.of("CARD_DATA"), 1, DISCOVERED,
                false, true), SUPERVISOR, EN)).reference();

        clock.advance(Duration.ofDays(3)); // GDPR (72 h) overdue, APPI preliminary still running
        assertThat(notices.notifyOverdue()).isEqualTo(1);
        assertThat(overdue.fired()).containsExactly(new DeadlineOverdue(reference, "GDPR", DISCOVERED.plus(Duration.ofHours(72))));
        assertThat(notices.notifyOverdue()).as("not twice").isZero();

        clock.advance(Duration.ofDays(4)); // preliminary overdue too
        assertThat(notices.notifyOverdue()).isEqualTo(1);
        assertThat(overdue.fired()).extracting(DeadlineOverdue::deadline).containsExactly("GDPR", "APPI_PRELIMINARY");
        assertThat(overdue.fired().get(1).due()).isEqualTo(Instant.parse("2026-04-28T15:00:00Z"));

        // the leak was discovered two days later than first entered: GDPR stays overdue (and announced), the preliminary
        // report is due on Apr 30 15:00Z instead, no longer overdue at Apr 30 05:00Z, and is announced again when it passes
        var corrected = DISCOVERED.plus(Duration.ofDays(2));
        call(() -> changes.update(reference, new IncidentForm("Card data", List.of("CARD_DATA"), 1, corrected, false, true),
                Optional.empty(), SUPERVISOR, EN));
        assertThat(notices.notifyOverdue()).as("GDPR stays overdue and announced; the preliminary report runs again").isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(notices.notifyOverdue()).isEqualTo(1);
        assertThat(overdue.fired()).extracting(DeadlineOverdue::deadline).containsExactly("GDPR", "APPI_PRELIMINARY", "APPI_PRELIMINARY");
        assertThat(overdue.fired().get(2).due()).isEqualTo(Instant.parse("2026-04-30T15:00:00Z"));
        assertThat(audit.fired()).filteredOn(a -> a.actor().equals("system")).hasSize(3);
    }

    @Test
    @DisplayName("R3.4 a report recorded after a deadline was found overdue, before it was claimed, is not announced")
    void reportedBeforeClaimIsNotAnnounced() {
        start(Databases.h2());
        var reference = call(() -> incidents.open(securityTicket, cardLeak(), SUPERVISOR, EN)).reference();
        clock.advance(Duration.ofDays(7));
        var found = call(() -> notices.deadlines.candidates(clock.instant()));
        assertThat(found).singleElement().satisfies(c -> assertThat(c.deadline()).isEqualTo(Deadline.APPI_PRELIMINARY));

        call(() -> changes.recordReport(reference, Deadline.APPI_PRELIMINARY, SUPERVISOR, EN));

        assertThat(call(() -> notices.deadlines.announce(found.get(0), clock.instant()))).isFalse();
        assertThat(overdue.fired()).isEmpty();
        assertThat(call(() -> incidents.get(reference, SUPERVISOR, EN)).clocks().get(0).state()).isEqualTo(ClockState.DONE);
    }

    @Test
    @DisplayName("R3.4 the open list puts overdue incidents first, then due soon, then by the next due instant")
    void openListMostUrgentFirst() {
        start(Databases.h2());
        clock.advance(Duration.ofDays(10));
        var calm = call(() -> incidents.open(securityTicket, new IncidentForm("calm", List.of("CARD_DATA"), 1,
                clock.instant().minus(Duration.ofHours(1)), false, false), SUPERVISOR, EN)).reference();
        var late = call(() -> incidents.open(otherSecurityTicket(), new IncidentForm("late", List.of("CARD_DATA"), 1,
                DISCOVERED, false, false), SUPERVISOR, EN)).reference();
        var soon = call(() -> incidents.open(otherSecurityTicket(), new IncidentForm("soon", List.of("EMAIL"), 2,
                clock.instant().minus(Duration.ofHours(60)), false, true), SUPERVISOR, EN)).reference();

        assertThat(call(() -> incidents.openIncidents(SUPERVISOR))).extracting(IncidentClocks::reference).containsExactly(late, soon, calm);
    }

    // --- harness: one transaction per boundary call, as the @Boundary interceptor runs it

    private void start(Databases.Target database) {
        unit = database.migratedUnit();
        securityTicket = Reference.random().value();
        generalTicket = Reference.random().value();
        unconfirmedTicket = Reference.random().value();
        inTransaction(em -> {
            em.persist(new StaffUser("sora", "Sora", "sora@desk.example", "x", EnumSet.of(Role.SUPERVISOR), DISCOVERED));
            em.persist(new StaffUser("aoi", "Aoi", "aoi@desk.example", "x", EnumSet.of(Role.AGENT), DISCOVERED));
            em.persist(ticket(securityTicket, Category.PRIVACY_SECURITY, TicketStatus.NEW));
            em.persist(ticket(generalTicket, Category.GENERAL, TicketStatus.OPEN));
            em.persist(ticket(unconfirmedTicket, Category.PRIVACY_SECURITY, TicketStatus.PENDING_VERIFICATION));
            em.persist(new CustomerAccount(new AccountData("C-1", "login-1", "c1@example.net", "Holder", null, null,
                    AccountStatus.ACTIVE), DISCOVERED));
        });
        var settings = new IncidentSettings();
        settings.zoneName = "Asia/Tokyo";
        settings.gdprDefault = false;
        settings.read();
        var tickets = new VisibleTickets();
        incidents = new Incidents();
        incidents.clock = clock;
        incidents.settings = settings;
        incidents.tickets = tickets;
        incidents.audit = audit;
        changes = new IncidentChanges();
        changes.clock = clock;
        changes.settings = settings;
        changes.tickets = tickets;
        changes.audit = audit;
        var deadlines = new OverdueDeadlines() {
            @Override
            public List<io.guarddesk.incidents.control.OverdueClaims.Candidate> candidates(Instant now) {
                return call(() -> super.candidates(now));
            }

            @Override
            public boolean announce(io.guarddesk.incidents.control.OverdueClaims.Candidate candidate, Instant now) {
                return call(() -> super.announce(candidate, now));
            }
        };
        deadlines.settings = settings;
        deadlines.overdue = overdue;
        deadlines.audit = audit;
        notices = new OverdueNotices();
        notices.clock = clock;
        notices.deadlines = deadlines;
    }

    private String otherSecurityTicket() {
        var reference = Reference.random().value();
        inTransaction(em -> em.persist(ticket(reference, Category.RECEIVED_OTHERS_INFORMATION, TicketStatus.NEW)));
        return reference;
    }

    /** Tickets' own rule on the same rows: a ticket the viewer cannot see does not exist. */
    private final class VisibleTickets extends Tickets {
        @Override
        public TicketView forStaff(String reference, Viewer viewer) {
            return Reference.parse(reference)
                    .flatMap(r -> em.createNamedQuery(Ticket.BY_REFERENCE, Ticket.class).setParameter("reference", r).getResultStream().findFirst())
                    .filter(viewer::canSee)
                    .map(TicketView::of)
                    .orElseThrow(TicketNotFoundException::new);
        }
    }

    private <T> T call(java.util.function.Supplier<T> boundaryCall) {
        if (em != null) {
            return boundaryCall.get(); // joins the surrounding transaction, as REQUIRED does
        }
        em = unit.createEntityManager();
        incidents.em = em;
        changes.em = em;
        ((OverdueDeadlines) notices.deadlines).em = em;
        try {
            em.getTransaction().begin();
            var result = boundaryCall.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
            em = null;
        }
    }

    private DeskException refusal(java.util.function.Supplier<?> boundaryCall) {
        try {
            call(boundaryCall);
        } catch (DeskException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private InvalidInputException catchInvalid(java.util.function.Supplier<?> boundaryCall) {
        var refused = refusal(boundaryCall);
        assertThat(refused).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) refused;
    }

    private void inTransaction(java.util.function.Consumer<EntityManager> work) {
        LocalTransactions.inTransaction(unit, work);
    }

    private static IncidentForm cardLeak() {
        return new IncidentForm("Card data in a reply", List.of("CARD_DATA"), 1, DISCOVERED, false, false);
    }

    private static Ticket ticket(String reference, Category category, TicketStatus status) {
        return new Ticket(new Reference(reference), new Requester("Requester", "requester@example.com", Locale.JAPANESE),
                category, Channel.WEB_FORM, "subject", status, DISCOVERED);
    }
}
