package io.guarddesk.platform;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.TypedQuery;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stand-ins for what a boundary reaches beyond its input: a persistence context that keeps what is
 * persisted and answers every query with given rows, and events nobody observes. Anything else a
 * boundary calls fails loudly, so a test notices when the code under it starts doing more.
 */
public final class StandIns {

    private StandIns() {
    }

    /**
     * A persistence context whose queries all answer {@code rows}; {@link Persisted#entities} keeps
     * what was persisted. A persisted entity gets its id at once, as the desk's sequence ids do.
     */
    public static Persisted entityManager(List<?> rows) {
        List<Object> entities = new ArrayList<>();
        var ids = new AtomicLong(1_000);
        var query = proxy(TypedQuery.class, (self, called, args) -> switch (called.getName()) {
            case "getResultStream" -> rows.stream();
            case "getResultList" -> List.copyOf(rows);
            case "executeUpdate" -> 0;
            case "setParameter", "setLockMode", "setFirstResult", "setMaxResults", "setFlushMode", "setHint" -> self;
            default -> throw new UnsupportedOperationException("query." + called.getName());
        });
        EntityManager em = proxy(EntityManager.class, (self, called, args) -> switch (called.getName()) {
            case "persist" -> {
                entities.add(identified(args[0], ids.incrementAndGet()));
                yield null;
            }
            case "flush" -> null;
            case "createNamedQuery", "createQuery", "createNativeQuery" -> query;
            default -> throw new UnsupportedOperationException("em." + called.getName());
        });
        return new Persisted(entities, em);
    }

    /** {@code entity} with {@code id} in its {@code @Id} field, unless it has one: as if it had been persisted or loaded. */
    public static <T> T identified(T entity, long id) {
        for (Class<?> type = entity.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (var field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Id.class)) {
                    try {
                        field.setAccessible(true);
                        if (field.get(entity) == null) {
                            field.set(entity, id);
                        }
                        return entity;
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return entity;
    }

    /** An event nobody observes. */
    @SuppressWarnings("unchecked")
    public static <T> Event<T> event() {
        return proxy(Event.class, (self, called, args) -> switch (called.getName()) {
            case "fire" -> null;
            default -> throw new UnsupportedOperationException("event." + called.getName());
        });
    }

    @SuppressWarnings("unchecked")
    public static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler answers) {
        return (T) Proxy.newProxyInstance(StandIns.class.getClassLoader(), new Class<?>[]{type}, (self, called, args) ->
                switch (called.getName()) {
                    case "toString" -> type.getSimpleName() + " stand-in";
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> answers.invoke(self, called, args);
                });
    }

    public record Persisted(List<Object> entities, EntityManager em) {
    }
}
