package io.guarddesk.testing;

import io.guarddesk.platform.DatabaseMigration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Real databases for persistence tests: the embedded default's engine (H2 in LEGACY mode) and a
 * real PostgreSQL started from a Maven jar. Each call gives a new, empty database migrated by
 * the application's own Flyway scripts.
 */
public final class Databases {

    private static EmbeddedPostgres postgres;

    private Databases() {
    }

    public record Target(String name, String url, String user, String password) {

        public EntityManagerFactory migratedUnit() {
            Flyway.configure().dataSource(url, user, password).locations(DatabaseMigration.locations(url.startsWith("jdbc:postgresql:"))).load().migrate();
            return Persistence.createEntityManagerFactory("guarddesk-test", Map.of(
                    "eclipselink.persistencexml", "META-INF/persistence-test.xml",
                    "jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", user,
                    "jakarta.persistence.jdbc.password", password));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A fresh H2 and a fresh PostgreSQL database, for {@link OnEachDatabase}. */
    public static Stream<Target> each() {
        return Stream.of(h2(), postgres());
    }

    public static Target h2() {
        return new Target("H2", "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** One PostgreSQL server per test JVM, a fresh database in it per call. */
    public static synchronized Target postgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is ending anyway
                    }
                }));
            }
            var name = "gd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return new Target("PostgreSQL", postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
