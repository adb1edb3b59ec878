package io.guarddesk.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Collections;

/**
 * Tells a failure because the database cannot be reached from any other failure, so that users get
 * "try again shortly" (503) during an outage rather than a generic error (R7.3). Nothing was
 * accepted in such a request: its transaction never reached the database, or rolled back with the
 * connection.
 * <p>
 * The exceptions arrive wrapped several times over (JPA, JTA, the connection pool, EJB, JSF), so
 * the whole cause chain is read: SQL state class 08 (connection exception) and 57P (PostgreSQL
 * shutting down or starting), JDBC's connection exception types, a refused socket, and the pool's
 * own "could not allocate" exceptions, which carry no SQL state.
 */
public final class DatabaseUnavailable {

    private static final Set<String> POOL_EXCEPTIONS = Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException");

    private DatabaseUnavailable() {
    }

    public static boolean causedIt(Throwable failure) {
        // a cause chain can loop; each link is looked at once
        var seen = Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        for (var link = failure; link != null && seen.add(link); link = Failures.next(link)) {
            if (unreachable(link)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(Throwable link) {
        if (link instanceof SQLTransientConnectionException || link instanceof SQLNonTransientConnectionException
                || link instanceof ConnectException || POOL_EXCEPTIONS.contains(link.getClass().getName())) {
            return true;
        }
        if (link instanceof SQLException sql && sql.getSQLState() != null) {
            var state = sql.getSQLState();
            return state.startsWith("08") || state.startsWith("57P");
        }
        return false;
    }
}
