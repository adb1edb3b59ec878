package io.guarddesk.requesters.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** Runs the purge every ten minutes on every instance; non-persistent, so no instance owns it. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UnconfirmedPurgeSchedule {

    private static final Logger LOG = Logger.getLogger(UnconfirmedPurgeSchedule.class.getName());

    @Inject
    UnconfirmedPurge purge;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void run() {
        int purged;
        do {
            purged = purge.purge();
            if (purged > 0) {
                LOG.info("Purged " + purged + " unconfirmed tickets");
            }
        } while (purged == UnconfirmedPurge.BATCH);
    }
}
