package io.guarddesk.platform;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;

/**
 * A failure described for the log without its messages: the class of every link of the cause
 * chain and, for SQL exceptions, the SQL state and vendor code. Messages stay out because they
 * can carry what a user typed (a constraint violation quotes the row); the chain alone says
 * enough to find the cause — a relay that only logged "PersistenceException" hid for hours that
 * H2 had lost an index entry.
 */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable failure) {
        var text = new StringBuilder();
        var seen = Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        for (var link = failure; link != null && seen.add(link); link = next(link)) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(link.getClass().getName());
            if (link instanceof SQLException sql) {
                text.append(" [SQLState ").append(sql.getSQLState()).append(", code ").append(sql.getErrorCode()).append(']');
            }
        }
        return text.toString();
    }

    /** A SQLException keeps the driver's reason in its next exception, not always in its cause. */
    static Throwable next(Throwable link) {
        if (link.getCause() == null && link instanceof SQLException sql) {
            return sql.getNextException();
        }
        return link.getCause();
    }
}
