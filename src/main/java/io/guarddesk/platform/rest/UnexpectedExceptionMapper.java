package io.guarddesk.platform.rest;

import io.guarddesk.platform.DatabaseUnavailable;
import io.guarddesk.platform.Failures;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen answers a generic 500 with an incident id to quote; the details (which may
 * hold SQL or internals) go to the server log only, under that id. A database outage answers 503
 * with Retry-After instead, so clients and load balancers retry rather than report a defect.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    /** About how long a database restart or fail-over takes. */
    public static final int RETRY_AFTER_SECONDS = 10;

    /** What the API says during an outage; the sign-in mechanism, which reads tokens from the database, says it too. */
    public static final String UNAVAILABLE = "The desk cannot reach its database just now; nothing was saved. Try again in "
            + RETRY_AFTER_SECONDS + " seconds.";

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (DatabaseUnavailable.causedIt(e)) {
            return unavailable(e);
        }
        var incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident + ": " + Failures.describe(e));
        LOG.log(Level.FINE, "Incident " + incident, e);
        return ErrorResponses.json(ApiError.of(500, "Internal Server Error",
                "Something went wrong on our side; nothing was changed. Quote incident " + incident + " to support."));
    }

    /** An outage is no incident to quote: the client is told to retry, and the log gets one line, not a trace per request. */
    private static Response unavailable(Throwable e) {
        LOG.log(Level.WARNING, "Database unreachable, answered 503: " + Failures.describe(e));
        return Response.fromResponse(ErrorResponses.json(ApiError.of(503, "Service Unavailable", UNAVAILABLE)))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }
}
