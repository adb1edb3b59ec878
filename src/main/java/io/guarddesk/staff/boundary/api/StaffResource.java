package io.guarddesk.staff.boundary.api;

import io.guarddesk.staff.boundary.StaffDirectory;
import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.StaffUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** The staff list, for admins. */
@Path("staff")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "staff", description = "Admin: staff users")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class StaffResource {

    @Inject
    StaffDirectory staff;

    @GET
    @Operation(summary = "All staff users with their roles")
    public List<StaffMember> all() {
        return staff.all().stream().map(StaffMember::of).toList();
    }

    public record StaffMember(String username, String displayName, Set<Role> roles, boolean active, boolean signInPaused) {

        static StaffMember of(StaffUser user) {
            return new StaffMember(user.getUsername(), user.getDisplayName(), user.getRoles(), user.isActive(),
                    user.lockedUntil().isPresent());
        }
    }
}
