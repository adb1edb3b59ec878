package io.guarddesk.mail.boundary;

import io.guarddesk.mail.control.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.function.Function;

/** JTA transactions for the relay: each step commits on its own, whatever runs around it. */
@ApplicationScoped
public class ContainerTransactions implements Transactions {

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNewTransaction(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
