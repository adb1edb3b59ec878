package io.guarddesk.platform.rest;

import io.guarddesk.platform.DeskException.FieldError;

import java.util.List;

/** The body of every error the API returns: a status, a sentence that says what to fix, and the fields at fault. */
public record ApiError(int status, String error, String message, List<FieldError> fieldErrors) {

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}
