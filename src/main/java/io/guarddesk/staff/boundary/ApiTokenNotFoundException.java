package io.guarddesk.staff.boundary;

import io.guarddesk.platform.DeskException;

public class ApiTokenNotFoundException extends DeskException {

    public ApiTokenNotFoundException() {
        super(Kind.NOT_FOUND, "No API token of yours has this id.");
    }
}
