package io.guarddesk.audit.control;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.audit.entity.AuditEntry;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.testing.Databases;
import io.guarddesk.testing.OnEachDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit chain on both databases Guarddesk runs on (H2, the embedded default, and a real
 * PostgreSQL): appends through the head lock from concurrent transactions, a rollback, and rows
 * tampered with by plain SQL, as someone with database access would.
 */
class AuditChainPersistenceIT {

    /** Nanoseconds on purpose: the chain must keep its hash through databases that store microseconds. */
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00.123456789Z");
    private static final int THREADS = 4;
    private static final int PER_THREAD = 10;

    private EntityManagerFactory unit;

    @AfterEach
    void close() {
        if (unit != null) {
            unit.close();
        }
    }

    @OnEachDatabase
    @DisplayName("R6.2 concurrent appends through the head lock are numbered 1..n without gaps and chained; "
            + "one row changed by plain SQL is named by its seq, and the chain is intact again once it is put back")
    void concurrentAppendsThenTampering(Databases.Target database) throws Exception {
        unit = database.migratedUnit();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(THREADS);
        var results = new ArrayList<Future<?>>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < PER_THREAD; i++) {
                    append(SensitiveAction.of("user" + thread, AuditAction.SIGN_IN, null, "OK").withDetail("try " + i));
                }
                return null;
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        for (var result : results) {
            result.get();
        }

        int total = THREADS * PER_THREAD;
        assertThat(seqs()).containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(verify()).isInstanceOf(Verification.Intact.class).extracting(Verification::checked).isEqualTo((long) total);
        Instant stored = read(em -> em.find(AuditEntry.class, 1L).getAt());
        assertThat(stored).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));

        var actor = sql(database, "SELECT actor FROM audit_entry WHERE seq = 23");
        update(database, "UPDATE audit_entry SET actor = 'someone-else' WHERE seq = 23");
        var broken = (Verification.Broken) verify();
        assertThat(broken.seq()).isEqualTo(23);
        assertThat(broken.reason()).isEqualTo(Verification.Reason.CONTENT_CHANGED);
        assertThat(broken.action()).isEqualTo("SIGN_IN");
        assertThat(broken.checked()).isEqualTo(22);

        update(database, "UPDATE audit_entry SET actor = '" + actor + "' WHERE seq = 23");
        assertThat(verify()).isInstanceOf(Verification.Intact.class);

        update(database, "UPDATE audit_entry SET outcome = 'FAILED' WHERE seq = " + total);
        assertThat(verify()).isEqualTo(new Verification.Broken(total, NOW.truncatedTo(ChronoUnit.MICROS), "SIGN_IN",
                Verification.Reason.CONTENT_CHANGED, total - 1));
    }

    @OnEachDatabase
    @DisplayName("R6.2 a row deleted by plain SQL is named MISSING_ENTRY at its seq; a row's time moved is CONTENT_CHANGED")
    void deletedAndMovedRows(Databases.Target database) throws SQLException {
        unit = database.migratedUnit();
        for (int i = 0; i < 12; i++) {
            append(SensitiveAction.of("aoi", AuditAction.ROLE_CHANGE, null, "OK").withDetail("roles AGENT→SUPERVISOR; 権限"));
        }

        update(database, "UPDATE audit_entry SET at = at + INTERVAL '1' SECOND WHERE seq = 4");
        assertThat(verify()).isEqualTo(new Verification.Broken(4, NOW.truncatedTo(ChronoUnit.MICROS).plusSeconds(1), "ROLE_CHANGE",
                Verification.Reason.CONTENT_CHANGED, 3));
        update(database, "UPDATE audit_entry SET at = at - INTERVAL '1' SECOND WHERE seq = 4");
        update(database, "DELETE FROM audit_entry WHERE seq = 9");

        var broken = (Verification.Broken) verify();
        assertThat(broken.seq()).isEqualTo(9);
        assertThat(broken.reason()).isEqualTo(Verification.Reason.MISSING_ENTRY);
        assertThat(broken.checked()).isEqualTo(8);
    }

    @OnEachDatabase
    @DisplayName("R6.1 an entry rolls back with its action: no entry, no gap, the next entry is number 1")
    void rollbackLeavesNothing(Databases.Target database) {
        unit = database.migratedUnit();
        var em = unit.createEntityManager();
        em.getTransaction().begin();
        new AuditChain(em).append(SensitiveAction.of("aoi", AuditAction.SIGN_IN, null, "OK"), NOW);
        em.getTransaction().rollback();
        em.close();

        assertThat(seqs()).isEmpty();
        long lastSeq = read(em2 -> new AuditChain(em2).lastSeq());
        assertThat(lastSeq).isZero();
        append(SensitiveAction.of("aoi", AuditAction.SIGN_IN, null, "OK"));
        assertThat(seqs()).containsExactly(1L);
        assertThat(verify()).isInstanceOf(Verification.Intact.class);
    }

    @OnEachDatabase
    @DisplayName("R6.1 two actions in one transaction are two consecutive entries")
    void twoInOneTransaction(Databases.Target database) {
        unit = database.migratedUnit();
        var em = unit.createEntityManager();
        em.getTransaction().begin();
        var chain = new AuditChain(em);
        chain.append(SensitiveAction.of("sora", AuditAction.GUARD_REFUSAL, "GD-7K3M9-QXT4H-CA2BZ", "REFUSED"), NOW);
        chain.append(SensitiveAction.of("sora", AuditAction.TAG_CHANGE, "GD-7K3M9-QXT4H-CA2BZ", "OK").withAccount("C-100234"), NOW);
        em.getTransaction().commit();
        em.close();

        String lastHash = read(em2 -> em2.find(AuditEntry.class, 2L).getHash());
        assertThat(verify()).isEqualTo(new Verification.Intact(2, lastHash));
    }

    private List<Long> seqs() {
        return read(em -> em.createQuery("SELECT e.seq FROM AuditEntry e ORDER BY e.seq", Long.class).getResultList());
    }

    private void append(SensitiveAction action) {
        var em = unit.createEntityManager();
        try {
            em.getTransaction().begin();
            new AuditChain(em).append(action, NOW);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Small pages, so the walk crosses several. */
    private Verification verify() {
        return read(em -> new AuditChain(em).verify(7));
    }

    private <T> T read(Function<EntityManager, T> query) {
        var em = unit.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }

    private static void update(Databases.Target database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             var statement = connection.createStatement()) {
            assertThat(statement.executeUpdate(sql)).as(sql).isEqualTo(1);
        }
    }

    private static String sql(Databases.Target database, String query) throws SQLException {
        try (var connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             var statement = connection.createStatement(); var rows = statement.executeQuery(query)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
