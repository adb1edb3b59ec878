package io.guarddesk.tickets.control;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Times the queue's text search as the API runs it (a count, then the first page of 25, newest
 * first) against a PostgreSQL database you filled yourself; not part of the build. Run with
 * {@code mvn -o test -DskipFuzz -Dtest=QueueSearchTiming -Dqueue.timing.url=jdbc:postgresql://…
 * -Dqueue.timing.user=… -Dqueue.timing.terms=password,請求,ORD-0012345}. Prints median, 90th
 * percentile and maximum of 15 runs ({@code -Dqueue.timing.runs}) after 3 warm-up runs
 * ({@code -Dqueue.timing.warmup}), per term, one after the other.
 */
class QueueSearchTiming {

    private static final int WARM_UP = Integer.getInteger("queue.timing.warmup", 3);
    private static final int RUNS = Integer.getInteger("queue.timing.runs", 15);

    @Test
    void time() {
        var url = System.getProperty("queue.timing.url");
        assumeTrue(url != null, "set queue.timing.url to time the search");
        EntityManagerFactory unit = Persistence.createEntityManagerFactory("guarddesk-test", Map.of(
                "eclipselink.persistencexml", "META-INF/persistence-test.xml",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", System.getProperty("queue.timing.user", "postgres"),
                "jakarta.persistence.jdbc.password", System.getProperty("queue.timing.password", "")));
        try {
            for (var term : System.getProperty("queue.timing.terms", "password").split(",")) {
                var filter = new QueueFilter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(term));
                var times = new ArrayList<Double>();
                long total = 0;
                for (int run = 0; run < WARM_UP + RUNS; run++) {
                    var em = unit.createEntityManager();
                    long start = System.nanoTime();
                    var query = new QueueQuery(em, filter, false, java.time.Instant.now(), TextSearch.Strategy.POSTGRESQL);
                    var count = query.count(10_000);
                    var rows = query.rows(QueueOrder.UPDATED, false, 0, 25);
                    long elapsed = System.nanoTime() - start;
                    em.close();
                    total = count.value();
                    if (run >= WARM_UP) {
                        times.add(elapsed / 1e6);
                    }
                    if (run == 0) {
                        System.out.printf("%-16s count %d%s, page %d rows%n", term, count.value(), count.exact() ? "" : "+", rows.size());
                    }
                }
                System.out.printf("%-16s %s (count %d)%n", term, summary(times), total);
            }
        } finally {
            unit.close();
        }
    }

    private static String summary(List<Double> times) {
        var sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format("median %.1f ms, p90 %.1f ms, max %.1f ms", sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.9) - 1], Arrays.stream(sorted).max().orElse(0));
    }
}
