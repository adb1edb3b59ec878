package io.guarddesk.supervision.boundary;

import io.guarddesk.platform.Boundary;
import io.guarddesk.supervision.control.DailySources;
import io.guarddesk.tickets.entity.SecuritySource;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a supervisor sees at a glance (R3.3, R3.4): open security tickets, those waiting for
 * acknowledgement, SLA breaches, and security tickets per day by source. Counts only, read with
 * indexed queries; no ticket content.
 */
@Boundary
public class SupervisorDashboard {

    static final List<TicketStatus> OPEN = List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "guarddesk.sla.zone", defaultValue = "Asia/Tokyo")
    String zone;

    public Figures figures() {
        var now = clock.instant();
        long open = em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.security = TRUE AND t.status IN :open", Long.class)
                .setParameter("open", OPEN).getSingleResult();
        long waiting = em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.security = TRUE AND t.status IN :open "
                        + "AND t.acknowledgedAt IS NULL", Long.class)
                .setParameter("open", OPEN).getSingleResult();
        long breached = em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.security = TRUE AND t.status IN :open "
                        + "AND t.acknowledgedAt IS NULL AND t.ackDueAt <= :now", Long.class)
                .setParameter("open", OPEN).setParameter("now", now).getSingleResult();
        long late = em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.acknowledgedAt >= :since "
                        + "AND t.acknowledgedAt > t.ackDueAt", Long.class)
                .setParameter("since", now.minus(Duration.ofDays(30))).getSingleResult();
        return new Figures(open, waiting, breached, late);
    }

    /** Tickets tagged per day (the desk's zone) over the last {@code days} days, by the source that tagged them. */
    public DailySources perDay(int days) {
        var now = clock.instant();
        var zoneId = ZoneId.of(zone);
        var last = now.atZone(zoneId).toLocalDate();
        var first = last.minusDays(days - 1L);
        var result = new DailySources(first, last);
        em.createQuery("SELECT c.createdAt, c.source FROM TagChange c WHERE c.security = TRUE AND c.createdAt >= :from",
                        Object[].class)
                .setParameter("from", first.atStartOfDay(zoneId).toInstant())
                .getResultStream()
                .forEach(row -> result.count((Instant) row[0], (SecuritySource) row[1], zoneId));
        return result;
    }

    /**
     * @param breached not acknowledged and past the deadline now
     * @param lateLast30Days acknowledged, but after the deadline, in the last 30 days
     */
    public record Figures(long openSecurity, long awaitingAcknowledgement, long breached, long lateLast30Days) {
    }
}
