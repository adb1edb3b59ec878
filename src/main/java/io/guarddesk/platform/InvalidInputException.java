package io.guarddesk.platform;

import java.util.List;

/** One or more fields are wrong; each error names the field and what to fix. */
public class InvalidInputException extends DeskException {

    public InvalidInputException(List<FieldError> errors) {
        super(Kind.INVALID, "Some fields are not valid; see fieldErrors for what to fix.", errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }
}
