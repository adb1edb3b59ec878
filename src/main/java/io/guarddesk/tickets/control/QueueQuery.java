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
import java.util.Optional;

/**
 * The queue as a paged projection plus a count. Filters become indexed predicates (status,
 * category, assignee, age) and rows are read as a projection, never as entities with their
 * threads, so a page costs about the same at a thousand tickets as at a million. Text in the
 * search box that is neither a reference nor an address is handed to {@link TextSearch}, which
 * adds its own condition to these filters.
 */
public class QueueQuery {

    private static final String FROM = " FROM Ticket t LEFT JOIN t.assignee a";
    /**
     * From this offset on a page is read in two steps: the ids of the page, which the queue's
     * indexes hold, so PostgreSQL skips the rows before them in the index alone; then those 25
     * rows. Read in one step, each skipped row was fetched from the table (page 1,000: 25,000
     * rows, 42 ms instead of 4 ms at a million tickets).
     */
    static final int IDS_FIRST_FROM = 500;
    private static final String SELECT = "SELECT t.reference, t.subject, t.status, t.category, t.requesterName, "
            + "a.displayName, t.createdAt, t.updatedAt, t.security, t.securitySource, t.ackDueAt, t.acknowledgedAt";

    private final EntityManager em;
    /**
     * The statuses are a parameter, so PostgreSQL cannot tell from them that a ticket waiting for
     * its requester's confirmation is never in the queue; the same fact written as a literal lets
     * it read the partial index that leaves those tickets out (V12, PostgreSQL), generic plan too.
     */
    private final StringBuilder where = new StringBuilder(" WHERE t.status IN :statuses AND SQL('? <> ''PENDING_VERIFICATION''', t.status)");
    private final Map<String, Object> parameters = new HashMap<>();
    private final boolean empty;
    private final Optional<TextSearch> text;
    /**
     * Counting and reading ids join the assignee only when they must: with the join PostgreSQL
     * cannot answer from the index alone. A text search must keep it: its SQL() conditions name
     * the ticket's id, which EclipseLink writes unqualified (ID) when only one table is read, and
     * inside the search's subquery on messages that is the message's id.
     */
    private final String idsFrom;

    public QueueQuery(EntityManager em, QueueFilter filter, boolean includeSecurity, Instant now, TextSearch.Strategy strategy) {
        this.em = em;
        var statuses = filter.statuses().isEmpty() ? EnumSet.allOf(TicketStatus.class) : EnumSet.copyOf(filter.statuses());
        statuses.removeIf(s -> !s.inQueue());
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
        var search = filter.text().flatMap(QueueSearch::of).orElse(null);
        if (search instanceof QueueSearch.ByReference byReference) {
            condition(" AND t.reference = :reference", "reference", byReference.reference());
        } else if (search instanceof QueueSearch.ByAddress byAddress) {
            condition(" AND t.requesterEmail = :email", "email", byAddress.email());
        }
        this.empty = statuses.isEmpty() || search instanceof QueueSearch.Unsearchable;
        this.text = search instanceof QueueSearch.ByText byText ? Optional.of(new TextSearch(this, byText, strategy)) : Optional.empty();
        this.idsFrom = filter.assignee().isPresent() || text.isPresent() ? FROM : " FROM Ticket t";
    }

    public List<TicketSummary> rows(QueueOrder order, boolean ascending, int offset, int limit) {
        if (empty) {
            return List.of();
        }
        return text.map(search -> search.rows(order, ascending, offset, limit))
                .orElseGet(() -> rows(Condition.NONE, order, ascending, offset, limit));
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
        return text.map(search -> search.count(cap)).orElseGet(() -> Count.of(countUpTo(Condition.NONE, cap + 1), cap));
    }

    /**
     * A number of tickets; {@code exact} is false when more may match: the queue counted up to a
     * cap, or a text search counted only the newest tickets (then {@code value} is a lower bound).
     */
    public record Count(long value, boolean exact) {

        static Count of(int found, int cap) {
            return found > cap ? new Count(cap, false) : new Count(found, true);
        }
    }

    /** A page of the tickets that pass the filters and {@code extra}. */
    List<TicketSummary> rows(Condition extra, QueueOrder order, boolean ascending, int offset, int limit) {
        var direction = ascending ? " ASC" : " DESC";
        var orderBy = " ORDER BY t." + order.attribute + direction + ", t.id" + direction;
        if (offset >= IDS_FIRST_FROM) {
            var ids = bind(em.createQuery("SELECT t.id" + idsFrom + where + extra.jpql() + orderBy, Long.class), extra)
                    .setFirstResult(offset)
                    .setMaxResults(limit)
                    .getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            return em.createQuery(SELECT + FROM + " WHERE t.id IN :ids" + orderBy, Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .map(QueueQuery::summary)
                    .toList();
        }
        return bind(em.createQuery(SELECT + FROM + where + extra.jpql() + orderBy, Object[].class), extra)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(QueueQuery::summary)
                .toList();
    }

    /** How many tickets pass the filters and {@code extra}, reading no more than {@code max} ids. */
    int countUpTo(Condition extra, int max) {
        return bind(em.createQuery("SELECT t.id" + idsFrom + where + extra.jpql(), Long.class), extra)
                .setMaxResults(max)
                .getResultList()
                .size();
    }

    /**
     * The sort key of the ticket at {@code position} (from 1) when the filtered queue is read in
     * this order; empty when the queue is shorter. Read from the index that leads with the key.
     */
    Optional<Instant> keyAt(QueueOrder order, boolean ascending, int position) {
        var direction = ascending ? " ASC" : " DESC";
        var query = "SELECT t." + order.attribute + idsFrom + where + " ORDER BY t." + order.attribute + direction + ", t.id" + direction;
        return bind(em.createQuery(query, Instant.class), Condition.NONE)
                .setFirstResult(position - 1)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private void condition(String predicate, String name, Object value) {
        where.append(predicate);
        parameters.put(name, value);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, Condition extra) {
        parameters.forEach(query::setParameter);
        extra.parameters().forEach(query::setParameter);
        return query;
    }

    private static TicketSummary summary(Object[] row) {
        return new TicketSummary(((Reference) row[0]).value(), (String) row[1], (TicketStatus) row[2],
                (Category) row[3], (String) row[4], (String) row[5], (Instant) row[6], (Instant) row[7],
                (Boolean) row[8], (SecuritySource) row[9], (Instant) row[10], (Instant) row[11]);
    }

    /** A JPQL predicate on the ticket {@code t} (starting with " AND") with its parameters. */
    record Condition(String jpql, Map<String, Object> parameters) {

        static final Condition NONE = new Condition("", Map.of());

        Condition and(Condition other) {
            var both = new HashMap<>(parameters);
            both.putAll(other.parameters);
            return new Condition(jpql + other.jpql, both);
        }
    }
}
