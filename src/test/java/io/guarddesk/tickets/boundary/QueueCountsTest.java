package io.guarddesk.tickets.boundary;

import io.guarddesk.mail.control.ManualClock;
import io.guarddesk.tickets.control.QueueFilter;
import io.guarddesk.tickets.control.QueueQuery;
import io.guarddesk.tickets.entity.TicketChanges;
import io.guarddesk.tickets.entity.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's kept counts: reused only while nothing changed here and for a few seconds, never for an exact lookup. */
class QueueCountsTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final QueueCounts counts = new QueueCounts();
    private final AtomicInteger counted = new AtomicInteger();
    private final Supplier<QueueQuery.Count> counting = () -> new QueueQuery.Count(counted.incrementAndGet(), true);

    @BeforeEach
    void wire() {
        counts.clock = clock;
    }

    @Test
    @DisplayName("the same filter is counted once while no ticket changes, again once one does")
    void keptUntilATicketChanges() {
        var open = filter(Optional.empty());
        assertThat(counts.count(open, false, counting).value()).isEqualTo(1);
        assertThat(counts.count(open, false, counting).value()).as("kept").isEqualTo(1);

        new TicketChanges().changed(null);
        assertThat(counts.count(open, false, counting).value()).as("a ticket changed here: counted again").isEqualTo(2);
    }

    @Test
    @DisplayName("a kept count runs out after five seconds even when nothing changed here (another server may have written)")
    void keptForFiveSeconds() {
        var open = filter(Optional.empty());
        counts.count(open, false, counting);
        clock.advance(QueueCounts.KEPT.minusMillis(1));
        assertThat(counts.count(open, false, counting).value()).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(counts.count(open, false, counting).value()).isEqualTo(2);
    }

    @Test
    @DisplayName("filters, text searches and the supervisor's view are kept apart; a reference or an address is never kept")
    void keptApart() {
        counts.count(filter(Optional.empty()), false, counting);
        assertThat(counts.count(filter(Optional.empty()), true, counting).value()).as("the supervisor sees security tickets too").isEqualTo(2);
        assertThat(counts.count(filter(Optional.of("refund")), false, counting).value()).isEqualTo(3);
        assertThat(counts.count(filter(Optional.of("refund")), false, counting).value()).as("a text search is kept").isEqualTo(3);
        assertThat(counts.count(filter(Optional.of("請求")), false, counting).value()).isEqualTo(4);

        var reference = filter(Optional.of("GD-WQDT5-A6TN9-RA2GA"));
        counts.count(reference, false, counting);
        assertThat(counts.count(reference, false, counting).value()).as("a reference is counted every time").isEqualTo(6);
        var address = filter(Optional.of("someone@example.com"));
        counts.count(address, false, counting);
        assertThat(counts.count(address, false, counting).value()).as("an address is counted every time").isEqualTo(8);
    }

    @Test
    @DisplayName("requests asking for the same count at once wait for one count instead of each counting")
    void oneCountForConcurrentAsks() throws Exception {
        var release = new CountDownLatch(1);
        Supplier<QueueQuery.Count> slow = () -> {
            counted.incrementAndGet();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new QueueQuery.Count(42, false);
        };
        var pool = Executors.newFixedThreadPool(8);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<QueueQuery.Count>>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> counts.count(filter(Optional.empty()), false, slow)));
            }
            Thread.sleep(200);
            release.countDown();
            for (var answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(new QueueQuery.Count(42, false));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(counted).as("counted once").hasValue(1);
    }

    private static QueueFilter filter(Optional<String> text) {
        return new QueueFilter(Set.of(TicketStatus.OPEN), Optional.empty(), Optional.empty(), Optional.empty(), text);
    }
}
