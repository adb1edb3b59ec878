package io.guarddesk.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response json(ApiError error) {
        return Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(error)
                .build();
    }

    static String reasonOf(int status) {
        if (status == 422) {
            // JAX-RS's Status enum has no 422: without this the API named the guard's refusals "Error"
            return "Unprocessable Entity";
        }
        var reason = Response.Status.fromStatusCode(status);
        return reason == null ? "Error" : reason.getReasonPhrase();
    }
}
