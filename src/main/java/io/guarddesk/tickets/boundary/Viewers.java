package io.guarddesk.tickets.boundary;

import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.RoleNames;
import io.guarddesk.tickets.control.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** The signed-in staff member of this request, as a {@link Viewer}. */
@RequestScoped
public class Viewers {

    @Inject
    SecurityContext security;

    public Viewer current() {
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("no staff member is signed in");
        }
        return new Viewer(principal.getName(), security.isCallerInRole(RoleNames.SUPERVISOR));
    }
}
