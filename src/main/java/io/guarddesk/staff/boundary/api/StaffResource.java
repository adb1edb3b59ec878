package io.guarddesk.staff.boundary.api;

import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.rest.Languages;
import io.guarddesk.staff.boundary.NewStaffMember;
import io.guarddesk.staff.boundary.StaffChange;
import io.guarddesk.staff.boundary.StaffChanges;
import io.guarddesk.staff.boundary.StaffDirectory;
import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.RoleNames;
import io.guarddesk.staff.entity.StaffUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** Staff users, for admins. */
@Path("staff")
@RequestScoped
@RolesAllowed(RoleNames.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "staff", description = "Admin: staff users")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class StaffResource {

    @Inject
    StaffDirectory staff;

    @Inject
    StaffChanges changes;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "All staff users with their roles")
    public List<StaffMember> all() {
        return staff.all().stream().map(StaffMember::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a staff member", description = "roles: any of AGENT, SUPERVISOR, ADMIN; password: at least 12 characters.")
    public Response add(NewStaffMember member) {
        if (member == null) {
            throw new InvalidInputException("body", "Send the staff member as a JSON object.");
        }
        return Response.status(201).entity(StaffMember.of(staff.add(member, Languages.preferred(headers)))).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a staff member's roles, active flag and privacy officer flag", description = "All three are "
            + "required: {\"roles\": [\"SUPERVISOR\"], \"active\": true, \"privacyOfficer\": true}. Only a supervisor can be "
            + "the privacy officer (400 otherwise); the last active admin cannot lose the role or be deactivated (409); an "
            + "unknown user name answers 404. Every change is recorded in the audit log (ROLE_CHANGE).")
    public StaffMember change(@PathParam("username") String username, StaffChange change) {
        if (change == null) {
            throw new InvalidInputException("body", "Send roles, active and privacyOfficer as a JSON object.");
        }
        return StaffMember.of(changes.change(username, change, security.getUserPrincipal().getName(),
                Languages.preferred(headers)));
    }

    public record StaffMember(String username, String displayName, Set<Role> roles, boolean active, boolean signInPaused,
                              boolean privacyOfficer) {

        static StaffMember of(StaffUser user) {
            return new StaffMember(user.getUsername(), user.getDisplayName(), user.getRoles(), user.isActive(),
                    user.lockedUntil().isPresent(), user.isPrivacyOfficer());
        }
    }
}
