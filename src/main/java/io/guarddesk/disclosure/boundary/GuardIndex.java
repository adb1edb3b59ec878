package io.guarddesk.disclosure.boundary;

import io.guarddesk.accounts.entity.DirectoryChanged;
import io.guarddesk.disclosure.control.DirectoryReader;
import io.guarddesk.disclosure.control.DisclosureScanner;
import io.guarddesk.platform.Database;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The identifier index of this instance (R2.8): built from the directory at startup, before the
 * desk takes requests (so no reply is ever scanned against an empty index), then kept current by
 * replaying the directory's change records — at once after a change made here, and every
 * {@value #POLL_MILLIS} ms for changes made by other instances.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class GuardIndex {

    private static final Logger LOG = Logger.getLogger(GuardIndex.class.getName());
    static final long POLL_MILLIS = 250;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    private volatile DisclosureScanner scanner;
    private DirectoryReader.Snapshot snapshot;
    private long version;
    private ScheduledFuture<?> polling;

    @PostConstruct
    void build() {
        long started = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            snapshot = DirectoryReader.build(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the account directory for the guard", e);
        }
        version = snapshot.version();
        scanner = new DisclosureScanner(snapshot.index());
        LOG.info(() -> "Disclosure guard: " + snapshot.accounts() + " accounts, " + snapshot.index().size()
                + " identifiers indexed in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        polling = executor.scheduleWithFixedDelay(this::catchUpQuietly, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    public DisclosureScanner scanner() {
        return scanner;
    }

    /** A change committed here is in the index before the request that made it answers. */
    public void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged changed) {
        catchUpQuietly();
    }

    /** Applies new change records; one at a time, so each is applied exactly once. */
    public synchronized void catchUp() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            version = DirectoryReader.catchUp(connection, snapshot.index(), version);
        }
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (SQLException | RuntimeException e) {
            // the type only: a message could quote an identifier (R4.3); the next poll retries
            LOG.warning(() -> "The guard could not read directory changes (" + e.getClass().getName() + "); retrying");
        }
    }
}
