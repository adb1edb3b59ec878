package io.guarddesk.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen answers a generic 500 with an incident id to quote; the details (which may
 * hold SQL or internals) go to the server log only, under that id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        var incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident + ": " + e.getClass().getName());
        LOG.log(Level.FINE, "Incident " + incident, e);
        return ErrorResponses.json(ApiError.of(500, "Internal Server Error",
                "Something went wrong on our side; nothing was changed. Quote incident " + incident + " to support."));
    }
}
