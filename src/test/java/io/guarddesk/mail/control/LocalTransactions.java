package io.guarddesk.mail.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.util.function.Function;

/** {@link Transactions} outside the container: a fresh EntityManager and resource-local transaction per call. */
public final class LocalTransactions implements Transactions {

    private final EntityManagerFactory unit;

    public LocalTransactions(EntityManagerFactory unit) {
        this.unit = unit;
    }

    @Override
    public <T> T inNewTransaction(Function<EntityManager, T> work) {
        var em = unit.createEntityManager();
        try {
            em.getTransaction().begin();
            var result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
