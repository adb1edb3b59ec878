package io.guarddesk.tickets.control;

import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.SecuritySource;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queue as a paged projection plus a count. Filters become indexed predicates (status,
 * category, assignee, age) and rows are read as a projection, never as entities with their
 * threads, so a page costs about the same at a thousand tickets as at a million.
 */
public class QueueQuery {

    private static final String FROM = " FROM Ticket t LEFT JOIN t.assignee a";
    private static final String SELECT = "SELECT t.reference, t.subject, t.status, t.category, t.requesterName, "
            + "a.displayName, t.createdAt, t.updatedAt, t.security, t.securitySource, t.ackDueAt, t.acknowledgedAt";

    private final EntityManager em;
    private final StringBuilder where = new StringBuilder(" WHERE t.status IN :statuses");
    private final Map<String, Object> parameters = new HashMap<>();
    private final boolean empty;

    public QueueQuery(EntityManager em, QueueFilter filter, boolean includeSecurity, Instant now) {
        this.em = em;
        var statuses = filter.statuses().isEmpty() ? EnumSet.allOf(TicketStatus.class) : EnumSet.copyOf(filter.statuses());
        statuses.removeIf(s -> !s.inQueue());
        this.empty = statuses.isEmpty();
        parameters.put("statuses", new ArrayList<>(statuses));
        if (!includeSecurity) {
            where.append(" AND t.security = FALSE");
        }
        filter.security().ifPresent(security -> condition(" AND t.security = :security", "security", security));
        filter.category().ifPresent(category -> condition(" AND t.category = :category", "category", category));
        filter.assignee().ifPresent(assignee -> {
            if (QueueFilter.UNASSIGNED.equals(assignee)) {
                where.append(" AND a IS NULL");
            } else {
                condition(" AND a.username = :assignee", "assignee", assignee);
            }
        });
        filter.olderThan().ifPresent(age -> condition(" AND t.createdAt < :createdBefore", "createdBefore", now.minus(age)));
        filter.text().map(String::strip).filter(text -> !text.isEmpty()).ifPresent(text -> Reference.parse(text)
                .ifPresentOrElse(reference -> condition(" AND t.reference = :reference", "reference", reference),
                        () -> condition(" AND t.requesterEmail = :email", "email", Intake.email(text))));
    }

    public List<TicketSummary> rows(QueueOrder order, boolean ascending, int offset, int limit) {
        if (empty) {
            return List.of();
        }
        var direction = ascending ? " ASC" : " DESC";
        var orderBy = " ORDER BY t." + order.attribute + direction + ", t.id" + direction;
        return bind(em.createQuery(SELECT + FROM + where + orderBy, Object[].class))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(QueueQuery::summary)
                .toList();
    }

    /**
     * How many tickets match, counting no further than {@code cap}: an exact count of a million
     * rows costs a scan of them all (about 200 ms on PostgreSQL) for a number nobody pages
     * through, while reading up to {@code cap} ids from an index stays cheap.
     */
    public Count count(int cap) {
        if (empty) {
            return new Count(0, true);
        }
        int found = bind(em.createQuery("SELECT t.id" + FROM + where, Long.class))
                .setMaxResults(cap + 1)
                .getResultList()
                .size();
        return found > cap ? new Count(cap, false) : new Count(found, true);
    }

    /** A number of tickets; {@code exact} is false when there are more than {@code value}. */
    public record Count(long value, boolean exact) {
    }

    private void condition(String predicate, String name, Object value) {
        where.append(predicate);
        parameters.put(name, value);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static TicketSummary summary(Object[] row) {
        return new TicketSummary(((Reference) row[0]).value(), (String) row[1], (TicketStatus) row[2],
                (Category) row[3], (String) row[4], (String) row[5], (Instant) row[6], (Instant) row[7],
                (Boolean) row[8], (SecuritySource) row[9], (Instant) row[10], (Instant) row[11]);
    }
}
