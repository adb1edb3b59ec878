package io.guarddesk.platform;

import java.util.List;

/**
 * The root of every feature's exceptions: each says what went wrong in words a user can act on,
 * and which kind of failure it is, so REST maps it to a status and JSF to a message without
 * either knowing the feature.
 */
public abstract class DeskException extends RuntimeException {

    public enum Kind {
        /** The request itself is malformed or a field is invalid (400). */
        INVALID(400),
        /** The thing does not exist, or the caller may not know that it does (404). */
        NOT_FOUND(404),
        /** The thing changed meanwhile or is in a state that forbids this (409). */
        CONFLICT(409),
        /** Well-formed, but a rule of the desk refuses it (422). */
        REFUSED(422),
        /** Too many requests from this client or for this address (429). */
        TOO_MANY(429);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final List<FieldError> fieldErrors;

    protected DeskException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    protected DeskException(Kind kind, String message, List<FieldError> fieldErrors) {
        super(message, null, false, false);
        this.kind = kind;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public record FieldError(String field, String message) {
    }
}
