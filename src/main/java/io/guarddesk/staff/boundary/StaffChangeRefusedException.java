package io.guarddesk.staff.boundary;

import io.guarddesk.platform.DeskException;

/** A change that would leave the desk in a state nobody can get out of, such as without an admin. */
public class StaffChangeRefusedException extends DeskException {

    public StaffChangeRefusedException(String message) {
        super(Kind.CONFLICT, message);
    }
}
