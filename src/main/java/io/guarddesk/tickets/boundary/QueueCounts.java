package io.guarddesk.tickets.boundary;

import io.guarddesk.tickets.control.QueueFilter;
import io.guarddesk.tickets.control.QueueQuery;
import io.guarddesk.tickets.control.QueueSearch;
import io.guarddesk.tickets.entity.TicketChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The queue's counts, kept for a few seconds. Every page turn and every refresh of a queue asks
 * for the same count again, and a count reads up to 10,000 index entries (about 15 ms at a million
 * tickets), while the page itself costs under a millisecond. A count is used again only while no
 * ticket or message was written on this server since it was taken ({@link TicketChanges}), so what
 * an agent just did shows at once; written on another server of a cluster, a change shows within
 * {@link #KEPT}. A reference or an address search is exact and cheap, and is never kept.
 */
@ApplicationScoped
public class QueueCounts {

    static final Duration KEPT = Duration.ofSeconds(5);
    /** Filters are few (a handful of fields each); past this many the map starts over. */
    static final int MAX_KEPT = 10_000;

    private final Map<Key, Kept> counts = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    QueueQuery.Count count(QueueFilter filter, boolean supervisor, Supplier<QueueQuery.Count> counting) {
        if (!keepable(filter)) {
            return counting.get();
        }
        var key = new Key(filter, supervisor);
        var now = clock.instant();
        long generation = TicketChanges.generation();
        if (counts.size() >= MAX_KEPT) {
            counts.clear();
        }
        // compute() lets one request count while the others asking for the same count wait for it:
        // when a kept count runs out under load, fifty requests counted the same 10,000 ids at once.
        // The waiters hold no connection yet (the count is a request's first query) and there are
        // fewer request threads (12) than pooled connections (32), so the counting one gets one.
        return counts.compute(key, (k, kept) -> kept != null && kept.generation == generation && now.isBefore(kept.until)
                ? kept
                : new Kept(counting.get(), generation, now.plus(KEPT))).count;
    }

    private static boolean keepable(QueueFilter filter) {
        var search = filter.text().flatMap(QueueSearch::of);
        return search.isEmpty() || search.get() instanceof QueueSearch.ByText;
    }

    private record Key(QueueFilter filter, boolean supervisor) {
    }

    private record Kept(QueueQuery.Count count, long generation, Instant until) {
    }
}
