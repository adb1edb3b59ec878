package io.guarddesk.platform.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not well-formed JSON, or whose values have the wrong types, reaches us as a
 * processing exception from the JSON binding: the client's fault, so 400 with what to send.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return ErrorResponses.json(ApiError.of(400, "Bad Request", WebApplicationExceptionMapper.hintFor(400)));
    }
}
