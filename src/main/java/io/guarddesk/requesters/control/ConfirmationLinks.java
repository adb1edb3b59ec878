package io.guarddesk.requesters.control;

import io.guarddesk.platform.Secrets;
import io.guarddesk.requesters.entity.Confirmation;
import io.guarddesk.requesters.entity.Purpose;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.Optional;

/**
 * Finds the confirmation a presented token stands for, by its hash (R1.2), and only for the
 * purpose the page serves: a sign-in token does not confirm a ticket, nor the other way round.
 */
public final class ConfirmationLinks {

    static final int TOKEN_LENGTH = 43;

    private ConfirmationLinks() {
    }

    public static Optional<Confirmation> find(EntityManager em, String token, Purpose purpose, LockModeType lock) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        return em.createNamedQuery(Confirmation.BY_HASH, Confirmation.class)
                .setParameter("hash", Secrets.sha256(token))
                .setLockMode(lock)
                .getResultStream()
                .filter(c -> c.getPurpose() == purpose)
                .findFirst();
    }
}
