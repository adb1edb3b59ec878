package io.guarddesk.staff.boundary;

import io.guarddesk.platform.DeskException;

public class StaffNotFoundException extends DeskException {

    public StaffNotFoundException(String message) {
        super(Kind.NOT_FOUND, message);
    }
}
