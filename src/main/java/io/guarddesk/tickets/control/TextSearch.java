package io.guarddesk.tickets.control;

import io.guarddesk.tickets.control.QueueQuery.Condition;

import java.time.Instant;
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
 * few matched, a larger window is walked before the indexes. The windows are bounded by the sort
 * key of the ticket at the window's end, so a walk never reads further than its window.
 *
 * <p>A count walks the same windows, but counts no further than {@link Strategy#countCap}: past
 * that the page says "100+", as the plain queue says "10000+".
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

        /** Walking a ticket costs about 10-15 µs (its messages through ILIKE); 200 of them ~3 ms. */
        public static final Strategy POSTGRESQL = new Strategy(true, 200, 2_000, 100);
        public static final Strategy SCAN = new Strategy(false, 0, 0, Integer.MAX_VALUE);
    }

    /** Deeper pages than this are read from the indexes: a walk would have to pass every earlier match. */
    static final int MAX_WALKED_ROWS = 500;

    private final QueueQuery query;
    private final QueueSearch.ByText text;
    private final Strategy strategy;

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
        if (order.walkable() && wanted <= MAX_WALKED_ROWS) {
            for (int window : windows()) {
                var end = query.keyAt(order, ascending, window);
                var found = query.rows(checked().and(within(order, ascending, end)), order, ascending, 0, wanted);
                if (found.size() == wanted || end.isEmpty()) {
                    return found.subList(Math.min(offset, found.size()), found.size());
                }
                if (found.isEmpty()) {
                    break;
                }
            }
        }
        return query.rows(indexed(), order, ascending, offset, limit);
    }

    QueueQuery.Count count(int cap) {
        if (!strategy.indexed()) {
            return QueueQuery.Count.of(query.countUpTo(checked(), cap + 1), cap);
        }
        int walkCap = Math.min(cap, strategy.countCap());
        for (int window : windows()) {
            var end = query.keyAt(QueueOrder.UPDATED, false, window);
            int found = query.countUpTo(checked().and(within(QueueOrder.UPDATED, false, end)), walkCap + 1);
            if (found > walkCap || end.isEmpty()) {
                return QueueQuery.Count.of(found, walkCap);
            }
            if (found == 0) {
                break;
            }
        }
        // the indexes read every match anyway, so counting up to the full cap costs nothing more
        return QueueQuery.Count.of(query.countUpTo(indexed(), cap + 1), cap);
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
     * The tickets up to and including the sort key {@code end} (all of them when the queue ends
     * before the window does). Tickets sharing the key at the end are all in: the window is then
     * a little larger, but still the start of the queue in this order, which is what makes a
     * full page found inside it the right page.
     */
    private static Condition within(QueueOrder order, boolean ascending, Optional<Instant> end) {
        return end.map(key -> new Condition(" AND t." + order.attribute + (ascending ? " <= " : " >= ") + ":textWindowEnd",
                Map.<String, Object>of("textWindowEnd", key))).orElse(Condition.NONE);
    }
}
