package io.guarddesk.platform.rest;

import io.guarddesk.platform.DeskException.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.stream.StreamSupport;

/** Bean Validation failures on resource parameters become a 400 that lists each field and what to fix. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ErrorResponses.json(new ApiError(400, "Bad Request",
                "Some fields are not valid; see fieldErrors for what to fix.", errors));
    }

    /** The last node of the path: "submit.arg0.subject" is reported as "subject". */
    static String fieldOf(ConstraintViolation<?> violation) {
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .map(Path.Node::getName)
                .reduce((first, second) -> second)
                .orElse("request");
    }
}
