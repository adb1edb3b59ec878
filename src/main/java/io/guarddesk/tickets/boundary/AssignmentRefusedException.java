package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.DeskException;

/** A security ticket stays with supervisors (R3.2): assigning it to an agent is refused. */
public class AssignmentRefusedException extends DeskException {

    public AssignmentRefusedException() {
        super(Kind.REFUSED, "Security tickets can only be assigned to supervisors.");
    }
}
