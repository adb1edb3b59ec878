package io.guarddesk.platform.rest;

import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.TooManyRequestsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class DeskExceptionMapper implements ExceptionMapper<DeskException> {

    @Override
    public Response toResponse(DeskException e) {
        int status = e.kind().status;
        var response = ErrorResponses.json(new ApiError(status, ErrorResponses.reasonOf(status),
                e.getMessage(), e.fieldErrors()));
        if (e instanceof TooManyRequestsException tooMany) {
            return Response.fromResponse(response)
                    .header("Retry-After", Math.max(1, tooMany.retryAfter().toSeconds()))
                    .build();
        }
        return response;
    }
}
