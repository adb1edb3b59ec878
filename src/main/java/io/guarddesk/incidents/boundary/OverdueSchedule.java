package io.guarddesk.incidents.boundary;

import io.guarddesk.platform.Failures;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Looks for overdue deadlines every minute on every instance. The timer is non-persistent (a
 * persistent one fires only on the instance of the same name, see PLATFORM.md) and owns nothing:
 * which instance announces a deadline is decided by the claim in the database.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OverdueSchedule {

    private static final Logger LOG = Logger.getLogger(OverdueSchedule.class.getName());

    @Inject
    OverdueNotices notices;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void run() {
        try {
            int announced = notices.notifyOverdue();
            if (announced > 0) {
                LOG.info("Announced " + announced + " overdue incident deadlines");
            }
        } catch (RuntimeException e) {
            // the message of a database error may quote a row; the type tells what failed (R4.3)
            LOG.warning(() -> "The incident overdue check failed with " + Failures.describe(e) + "; the next run tries again");
        }
    }
}
