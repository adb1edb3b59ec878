package io.guarddesk.notifications.boundary.api;

import io.guarddesk.notifications.boundary.Notifications;
import io.guarddesk.notifications.entity.StaffNotification;
import io.guarddesk.platform.rest.QueryParameters;
import io.guarddesk.staff.entity.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** The caller's own notices (R3.3); nobody reads another's. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({RoleNames.AGENT, RoleNames.SUPERVISOR})
@Tag(name = "notifications")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "My notices, newest first", description = "kind: SECURITY_TICKET, ACKNOWLEDGEMENT_OVERDUE, "
            + "PRIVACY_OFFICER_ESCALATION or DEADLINE_OVERDUE; subject: the ticket or incident reference.")
    public List<Notice> mine(@QueryParam("limit") @DefaultValue("50") String limit) {
        return notifications.recent(me(), QueryParameters.number("limit", limit, 1, 200)).stream().map(Notice::of).toList();
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of my notices read", description = "404 for a notice that is not yours or does not exist.")
    public Response read(@PathParam("id") String id) {
        if (!notifications.markRead(QueryParameters.number("id", id, 1, Integer.MAX_VALUE), me())) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }

    public record Notice(long id, String kind, String subject, Instant createdAt, Instant readAt) {

        static Notice of(StaffNotification n) {
            return new Notice(n.getId(), n.getKind().name(), n.getSubject(), n.getCreatedAt(), n.readAt().orElse(null));
        }
    }
}
