package io.guarddesk.tickets.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for overdue acknowledgements every 30 seconds on every instance; non-persistent, so no
 * instance owns the timer, and the database claim makes each escalation happen once (R3.3).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AcknowledgementSchedule {

    private static final Logger LOG = Logger.getLogger(AcknowledgementSchedule.class.getName());

    @Inject
    AcknowledgementEscalations escalations;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void run() {
        try {
            int claimed;
            do {
                claimed = escalations.escalateDue();
                if (claimed > 0) {
                    LOG.info("Escalated " + claimed + " unacknowledged security tickets");
                }
            } while (claimed >= AcknowledgementEscalations.BATCH);
        } catch (RuntimeException e) {
            // the next run tries again; the claims of this one rolled back
            LOG.log(Level.WARNING, "Acknowledgement escalation failed; retrying in 30 s", e);
        }
    }
}
