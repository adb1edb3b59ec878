package io.guarddesk.tickets.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** Writing a ticket that someone changed meanwhile is a conflict the user can act on, not an error. */
final class TicketWrites {

    private TicketWrites() {
    }

    static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleTicketException();
        }
    }
}
