package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.DatabaseProduct;
import io.guarddesk.tickets.control.QueueFilter;
import io.guarddesk.tickets.control.QueueOrder;
import io.guarddesk.tickets.control.QueuePage;
import io.guarddesk.tickets.control.QueueQuery;
import io.guarddesk.tickets.control.TextSearch;
import io.guarddesk.tickets.control.TicketSummary;
import io.guarddesk.tickets.control.Viewer;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/** The queue as the viewer may see it: pages read from the database on demand. */
@Boundary
public class TicketQueue {

    /**
     * The queue counts matches up to here and then says "10000+": 400 pages of 25 is more than
     * anyone pages through (they filter instead), and counting further costs a scan of every
     * match (about 200 ms at a million tickets on PostgreSQL).
     */
    static final int COUNT_CAP = 10_000;
    static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DatabaseProduct database;

    @Inject
    QueueCounts counts;

    public QueuePage page(QueueFilter filter, Viewer viewer, QueueOrder order, boolean ascending, int offset, int limit) {
        // one query for both: a text search that found its term rare while counting reads the page from the
        // index at once; when the count was kept (QueueCounts), the page's own walk finds that out
        var query = query(filter, viewer);
        var count = counts.count(filter, viewer.supervisor(), () -> query.count(COUNT_CAP));
        var rows = query.rows(order, ascending, Math.max(0, offset), size(limit));
        return new QueuePage(rows, count.value(), count.exact(), Math.max(0, offset), size(limit));
    }

    public List<TicketSummary> rows(QueueFilter filter, Viewer viewer, QueueOrder order, boolean ascending, int offset, int limit) {
        return query(filter, viewer).rows(order, ascending, Math.max(0, offset), size(limit));
    }

    public QueueQuery.Count count(QueueFilter filter, Viewer viewer) {
        return counts.count(filter, viewer.supervisor(), () -> query(filter, viewer).count(COUNT_CAP));
    }

    private QueueQuery query(QueueFilter filter, Viewer viewer) {
        var strategy = database.isPostgreSql() ? TextSearch.Strategy.POSTGRESQL : TextSearch.Strategy.SCAN;
        return new QueueQuery(em, filter, viewer.supervisor(), clock.instant(), strategy);
    }

    private static int size(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }
}
