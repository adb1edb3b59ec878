package io.guarddesk.notices.boundary;

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

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Moves approved notices into the outbox on every instance, every
 * {@code guarddesk.notices.poll-millis}. Like the mail relay it has no timer and no cluster
 * singleton: each step locks its notice's row, so instances take turns, and the pace kept in that
 * row holds for all of them together (R5.3).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class NoticeSchedule {

    private static final Logger LOG = Logger.getLogger(NoticeSchedule.class.getName());
    static final int CHUNK = 500;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    NoticeSending sending;

    @Inject
    NoticeSettings settings;

    private ScheduledExecutorService executor;

    /**
     * A thread of its own: a notice of 100,000 recipients keeps its sender busy for a minute, which
     * on the container's shared scheduled executor (one thread) would hold up the mail relay and
     * the guard's directory replay.
     */
    @PostConstruct
    void start() {
        long every = settings.pollInterval().toMillis();
        executor = Executors.newSingleThreadScheduledExecutor(threads);
        executor.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            // no interrupt: a send or step under way finishes (and records its outcome) as before
            executor.shutdown();
        }
    }

    /** Never lets an exception escape: a scheduled task that throws is never run again. */
    private void run() {
        try {
            for (long id : sending.due()) {
                while (sending.step(id, CHUNK) == CHUNK) {
                    // a full chunk: the pace may allow more now
                }
            }
        } catch (RuntimeException e) {
            // the step rolled back whole: its recipients are still waiting for the next run
            LOG.warning(() -> "Sending notices failed with " + Failures.describe(e) + "; the next run tries again");
        }
    }
}
