package io.guarddesk.disclosure.boundary;

import io.guarddesk.accounts.entity.DirectoryChanged;
import io.guarddesk.disclosure.control.DirectoryReader;
import io.guarddesk.disclosure.control.DisclosureScanner;
import io.guarddesk.platform.Database;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The identifier index of this instance (R2.8): built from the directory at startup, before the
 * desk takes requests (so no reply is ever scanned against an empty index), then kept current by
 * replaying the directory's change records — at once after a change made here, and every
 * {@value #POLL_MILLIS} ms for changes made by other instances.
 */
@ApplicationScoped
public class GuardIndex {

    private static final Logger LOG = Logger.getLogger(GuardIndex.class.getName());
    static final long POLL_MILLIS = 250;
    private static final long CATCH_UP_WAIT_SECONDS = 5;
    static final int REBUILD_ABOVE = 2_000;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    private volatile DisclosureScanner scanner;
    private DirectoryReader.Snapshot snapshot;
    private long version;
    private ScheduledFuture<?> polling;

    /** Called once at startup by {@link GuardIndexStartup}, after the migrations. */
    public synchronized void build() {
        if (scanner != null) {
            return;
        }
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
        var current = scanner;
        if (current == null) {
            build();
            current = scanner;
        }
        return current;
    }

    /**
     * A change committed here is in the index before the request that made it answers. The
     * reading runs on another thread: this one is still finishing the transaction.
     */
    void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged changed) {
        try {
            executor.submit(this::catchUpQuietly).get(CATCH_UP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the next poll catches up
        }
    }

    /**
     * Applies new change records; one at a time, so each is applied exactly once. Each applied
     * change copies the index's overlay, so a large batch (a file import) is not replayed change by
     * change but read afresh: 20,000 changes replayed took a minute of CPU, a rebuild of a million
     * accounts takes about a second and a half.
     */
    public synchronized void catchUp() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            if (snapshot.index().pendingChanges() + DirectoryReader.changesSince(connection, version) > REBUILD_ABOVE) {
                rebuild(connection);
            } else {
                version = DirectoryReader.catchUp(connection, snapshot.index(), version);
            }
        }
    }

    private void rebuild(java.sql.Connection connection) throws SQLException {
        long started = System.nanoTime();
        snapshot = DirectoryReader.build(connection);
        version = snapshot.version();
        scanner = new DisclosureScanner(snapshot.index());
        LOG.info(() -> "Disclosure guard rebuilt after many directory changes: " + snapshot.accounts() + " accounts in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
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
