package io.guarddesk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema to the current version before anything else touches the database. The
 * migrations in {@code db/migration} run on H2 and PostgreSQL, so they use only SQL both
 * understand; {@code db/vendor/<database>} holds the few that cannot (PostgreSQL's text search
 * indexes). Each vendor folder has a file for every such version, so both databases count the
 * same versions. The vendor folders are outside {@code db/migration} because Flyway reads a
 * location with all its subfolders.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DatabaseProduct database;

    /** The shared migrations and this database's own (Flyway has no vendor placeholder of its own). */
    public static String[] locations(boolean postgreSql) {
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + (postgreSql ? "postgresql" : "h2")};
    }

    @PostConstruct
    void migrate() {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations(database.isPostgreSql()))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
