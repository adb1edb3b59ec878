package io.guarddesk.platform.rest;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.StaffTokens;

/** Who asks, with the credential each really has. */
enum Caller {
    ANONYMOUS(null),
    /** A customer: their only credential is the private key of their ticket, so they present it as one. */
    CUSTOMER(null),
    AGENT(Staff.AGENT),
    AGENT2(Staff.AGENT2),
    SUPERVISOR(Staff.SUPERVISOR),
    ADMIN(Staff.ADMIN);

    final Staff staff;

    Caller(Staff staff) {
        this.staff = staff;
    }

    Api api() {
        if (this == CUSTOMER) {
            return Api.withToken(Targets.get().assigned.accessKey());
        }
        return staff == null ? Api.anonymous() : StaffTokens.of(staff);
    }

    /** Tickets are shared by role, never by assignee: agents see the general queue, supervisors every confirmed ticket. */
    boolean sees(Targets.Kind kind) {
        return switch (this) {
            case AGENT, AGENT2 -> kind == Targets.Kind.ASSIGNED_TO_OTHER;
            case SUPERVISOR -> kind != Targets.Kind.UNCONFIRMED;
            default -> false;
        };
    }
}
