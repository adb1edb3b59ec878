package io.guarddesk.mail.boundary;

import io.guarddesk.platform.DeskException;

/** A letter that cannot become a mail: an address no server would take, or no kind. */
public class InvalidLetterException extends DeskException {

    public InvalidLetterException(String field, String message) {
        super(Kind.INVALID, "This mail cannot be sent: " + message, java.util.List.of(new FieldError(field, message)));
    }
}
