package io.guarddesk.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed for want of a connection three times, five seconds
 * apart, so during a database outage every request hung for about ten seconds before it could be
 * answered 503 (the crash harness's outage run). The pool already validates each connection it
 * lends and drops the dead ones, so a retry here only delays the answer: fail at once.
 */
public class DatabaseSessions implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
    }
}
