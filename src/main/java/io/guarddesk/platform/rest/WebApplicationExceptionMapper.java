package io.guarddesk.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors (unknown path, wrong method, unreadable JSON, unsupported media type) keep
 * their status but answer in the same JSON shape, with a hint instead of the parser's text.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        var builder = Response.fromResponse(ErrorResponses.json(
                ApiError.of(status, ErrorResponses.reasonOf(status), hintFor(status))));
        var allow = e.getResponse().getHeaderString("Allow");
        if (allow != null) {
            builder.header("Allow", allow);
        }
        var authenticate = e.getResponse().getHeaderString("WWW-Authenticate");
        if (authenticate != null) {
            builder.header("WWW-Authenticate", authenticate);
        }
        return builder.build();
    }

    static String hintFor(int status) {
        return switch (status) {
            case 400 -> "The request body could not be read. Send well-formed JSON in UTF-8 that matches the documented schema (see /openapi).";
            case 401 -> "Sign in: send HTTP Basic credentials or a personal API token (Authorization: Bearer ...).";
            case 403 -> "Your role does not allow this action.";
            case 404 -> "Nothing exists at this address. Check the URL against /openapi.";
            case 405 -> "This address does not accept this HTTP method; see the Allow header.";
            case 406 -> "This resource answers in application/json only.";
            case 415 -> "Send the body as application/json; charset=UTF-8.";
            default -> "The request could not be completed.";
        };
    }
}
