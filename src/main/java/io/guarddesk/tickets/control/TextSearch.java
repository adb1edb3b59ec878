package io.guarddesk.tickets.control;

import io.guarddesk.tickets.control.QueueQuery.Condition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The queue's tickets whose subject or any message contains a text, with the queue's filters,
 * order and paging.
 *
 * <p>On PostgreSQL there are two ways to find them, and each is fast exactly where the other is
 * slow. <b>Walking</b> the queue in its order (newest first) and checking each ticket's subject and
 * messages finds a page of a common word ("password", 請求) within the first few dozen tickets,
 * but would read every ticket for a word that is in none. The <b>indexes</b> (trigrams, and pairs
 * of characters for two-kanji words; see {@code db/vendor/postgresql/V10__text_search.sql}) give
 * the matching tickets of a rare word (an order number, a name) at once, but for a common word
 * they give hundreds of thousands of messages, each re-checked and then sorted. Which case it is
 * cannot be known before looking, and PostgreSQL's own estimate for {@code ILIKE '%…%'} rests on
 * a sample of short bodies only. So the walk is tried first over a small window of the queue
 * (its first {@link Strategy#firstWindow} tickets in the requested order): if the page fills there,
 * that is the answer; if nothing at all matched, the word is rare and the indexes answer; if a
 * few matched, the walk goes on up to {@link Strategy#secondWindow} tickets before the indexes
 * answer. Each window ends at the sort key of its last ticket, so a walk never reads further
 * than its window, and the index that leads with the sort key serves it.
 *
 * <p>A count walks the same windows (newest first), but counts no further than
 * {@link Strategy#countCap}: past that the page says "100+", as the plain queue says "10000+".
 * Whatever the walk learnt (the term is rare) holds for the page read after the count.
 *
 * <p>H2 (the embedded default) has no such indexes: it checks every ticket, which is fine at the
 * size of desk that runs on H2.
 */
public final class TextSearch {

    /**
     * How to search: with PostgreSQL's indexes, or by checking ticket by ticket (H2). Windows are
     * numbers of tickets in queue order; a window of 0 is not walked.
     */
    public record Strategy(boolean indexed, int firstWindow, int secondWindow, int countCap) {

        /** Walking a ticket costs about 10-20 µs (its messages through ILIKE): 100 of them 1-2 ms. */
        public static final Strategy POSTGRESQL = new Strategy(true, 100, 2_000, 100);
        public static final Strategy SCAN = new Strategy(false, 0, 0, Integer.MAX_VALUE);
    }

    /** Deeper pages than this are read from the indexes: a walk would have to pass every earlier match. */
    static final int MAX_WALKED_ROWS = 500;

    private final QueueQuery query;
    private final QueueSearch.ByText text;
    private final Strategy strategy;
    /** Nothing matched among the newest tickets: the indexes answer from now on (a count, then its page). */
    private boolean rare;
    /** Where each window ends, read once: the page after a count walks the same first window. */
    private final Map<String, Optional<Instant>> windowEnds = new HashMap<>();

    TextSearch(QueueQuery query, QueueSearch.ByText text, Strategy strategy) {
        this.query = query;
        this.text = text;
        this.strategy = strategy;
    }

    List<TicketSummary> rows(QueueOrder order, boolean ascending, int offset, int limit) {
        if (!strategy.indexed()) {
            return query.rows(checked(), order, ascending, offset, limit);
        }
        int wanted = offset + limit;
        if (!rare && order.walkable() && wanted <= MAX_WALKED_ROWS) {
            var found = new ArrayList<TicketSummary>();
            Optional<Instant> previousEnd = Optional.empty();
            for (int window : windows()) {
                var end = windowEnd(order, ascending, window);
                var slice = between(order, ascending, previousEnd, end);
                found.addAll(query.rows(checked().and(slice), order, ascending, 0, wanted - found.size()));
                if (found.size() == wanted || end.isEmpty()) {
                    return found.subList(Math.min(offset, found.size()), found.size());
                }
                if (found.isEmpty()) {
                    rare = true;
                    break;
                }
                previousEnd = end;
            }
        }
        return query.rows(indexed(), order, ascending, offset, limit);
    }

    /**
     * Counts the matches among the tickets the walk reads, up to {@link Strategy#countCap}. When
     * the walk ends before the queue does, the count is "at least" what it found (not exact):
     * counting the rest would read every match from the indexes, which is the expensive case for
     * a word that is neither rare nor common. Only a word absent from the first window is counted
     * through the indexes, in full up to {@code cap}: that is cheap exactly when it is rare.
     */
    QueueQuery.Count count(int cap) {
        if (!strategy.indexed()) {
            return QueueQuery.Count.of(query.countUpTo(checked(), cap + 1), cap);
        }
        int walkCap = Math.min(cap, strategy.countCap());
        int found = 0;
        Optional<Instant> previousEnd = Optional.empty();
        for (int window : rare ? new int[0] : windows()) {
            var end = windowEnd(QueueOrder.UPDATED, false, window);
            var slice = between(QueueOrder.UPDATED, false, previousEnd, end);
            found += query.countUpTo(checked().and(slice), walkCap + 1 - found);
            if (found > walkCap || end.isEmpty()) {
                return QueueQuery.Count.of(found, walkCap);
            }
            if (found == 0) {
                rare = true;
                break;
            }
            previousEnd = end;
        }
        return rare || found == 0
                ? QueueQuery.Count.of(query.countUpTo(indexed(), cap + 1), cap)
                : new QueueQuery.Count(found, false);
    }

    private Optional<Instant> windowEnd(QueueOrder order, boolean ascending, int window) {
        return windowEnds.computeIfAbsent(order + " " + ascending + " " + window, key -> query.keyAt(order, ascending, window));
    }

    private int[] windows() {
        return IntStream.of(strategy.firstWindow(), strategy.secondWindow()).filter(window -> window > 0).toArray();
    }

    /**
     * Ticket by ticket: the subject, then its messages until one matches. OFFSET 0 keeps
     * PostgreSQL from planning the EXISTS as one hash of every matching message in the desk
     * (which it would build before looking at the first ticket); EclipseLink's SQL() lets JPQL
     * say ILIKE, which H2 understands as well. The pattern is a bound parameter.
     */
    private Condition checked() {
        return new Condition(" AND SQL('(? ILIKE ? OR EXISTS (SELECT 1 FROM ticket_message m WHERE m.ticket_id = ? "
                + "AND m.body ILIKE ? OFFSET 0))', t.subject, :textPattern, t.id, :textPattern)",
                Map.of("textPattern", text.pattern()));
    }

    /**
     * The matching tickets as the indexes give them, as one IN (…) so that PostgreSQL joins them
     * to the filters (a hash of the ticket ids, then the page sorted). A two-character term goes
     * through the index of character pairs, whose array test is exactly "contains".
     */
    private Condition indexed() {
        if (text.pair()) {
            return new Condition(" AND SQL('? IN (SELECT m.ticket_id FROM ticket_message m "
                    + "WHERE guarddesk_bigrams(m.body) @> ARRAY[lower(CAST(? AS text))] "
                    + "UNION ALL SELECT s.id FROM ticket s WHERE guarddesk_bigrams(s.subject) @> ARRAY[lower(CAST(? AS text))])', "
                    + "t.id, :textPair, :textPair)", Map.of("textPair", text.text()));
        }
        return new Condition(" AND SQL('? IN (SELECT m.ticket_id FROM ticket_message m WHERE m.body ILIKE ? "
                + "UNION ALL SELECT s.id FROM ticket s WHERE s.subject ILIKE ?)', t.id, :textPattern, :textPattern)",
                Map.of("textPattern", text.pattern()));
    }

    /**
     * The tickets after the key {@code previousEnd} (the last window's end, exclusive) up to and
     * including the key {@code end} (to the end of the queue when it is shorter than the window).
     * Tickets sharing the key at a window's end all fall in that window: it is then a little
     * larger, but the windows still follow each other without gap or overlap from the start of
     * the queue in this order, which is what makes a full page found in them the right page.
     */
    private static Condition between(QueueOrder order, boolean ascending, Optional<Instant> previousEnd, Optional<Instant> end) {
        var key = "t." + order.attribute;
        var after = previousEnd.map(value -> new Condition(" AND " + key + (ascending ? " > " : " < ") + ":textWindowStart",
                Map.<String, Object>of("textWindowStart", value))).orElse(Condition.NONE);
        var upTo = end.map(value -> new Condition(" AND " + key + (ascending ? " <= " : " >= ") + ":textWindowEnd",
                Map.<String, Object>of("textWindowEnd", value))).orElse(Condition.NONE);
        return after.and(upTo);
    }
}
