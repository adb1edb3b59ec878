package io.guarddesk.mail.boundary;

import io.guarddesk.mail.control.MailTransport;
import io.guarddesk.mail.control.Relay;
import io.guarddesk.platform.Failures;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs the relay on every instance, every {@code guarddesk.mail.poll-millis}. No timer and no
 * cluster singleton: which instance sends a row is decided by claiming it in the database, so
 * instances may come and go (R7.2). A run that took a full batch is followed at once by the next.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class RelayScheduler {

    private static final Logger LOG = Logger.getLogger(RelayScheduler.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    ContainerTransactions transactions;

    @Inject
    MailTransport transport;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    private ScheduledExecutorService executor;

    /**
     * A thread of its own: on the container's shared scheduled executor (one thread) a slow mail
     * server would hold up the guard's replay of other instances' directory changes, and a large
     * notice's sending would hold up the relay.
     */
    @PostConstruct
    void start() {
        var relaySettings = settings.relay();
        var relay = new Relay(transactions, transport, clock, relaySettings);
        long every = settings.pollInterval().toMillis();
        // asking the transport first makes a missing SMTP configuration show in the log at startup
        LOG.info(() -> "Mail relay: every " + every + " ms, mail goes to " + transport.destination());
        executor = Executors.newSingleThreadScheduledExecutor(threads);
        executor.scheduleWithFixedDelay(() -> drain(relay, relaySettings.batch()), every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            // no interrupt: a send or step under way finishes (and records its outcome) as before
            executor.shutdown();
        }
    }

    /** Never lets an exception escape: a scheduled task that throws is never run again. */
    private static void drain(Relay relay, int batch) {
        try {
            while (relay.runOnce() >= batch) {
                // a full batch: more is probably due
            }
        } catch (RuntimeException e) {
            // the message of a database or transport error may quote a row; the type tells what failed (R4.3)
            LOG.warning(() -> "The mail relay run failed with " + Failures.describe(e) + "; the next run tries again");
        }
    }
}
