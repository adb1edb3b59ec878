package io.guarddesk.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.util.function.Consumer;
import java.util.function.Function;

/** The persistence tests' unit of work outside the container: one resource-local transaction per call. */
public final class LocalTransactions {

    private LocalTransactions() {
    }

    /** Runs {@code work} in a transaction of its own, committed at the end, rolled back when it throws. */
    public static void inTransaction(EntityManagerFactory unit, Consumer<EntityManager> work) {
        var em = unit.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Reads with an entity manager of its own, closed afterwards. */
    public static <T> T read(EntityManagerFactory unit, Function<EntityManager, T> query) {
        var em = unit.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }
}
