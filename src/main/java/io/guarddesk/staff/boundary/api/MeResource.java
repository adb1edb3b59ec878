package io.guarddesk.staff.boundary.api;

import io.guarddesk.staff.boundary.ApiTokens;
import io.guarddesk.staff.boundary.StaffDirectory;
import io.guarddesk.staff.entity.ApiToken;
import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The signed-in staff member: who they are, and their personal API tokens. */
@Path("me")
@RequestScoped
@RolesAllowed({RoleNames.AGENT, RoleNames.SUPERVISOR, RoleNames.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "me", description = "Staff: your profile and personal API tokens")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class MeResource {

    @Inject
    SecurityContext security;

    @Inject
    StaffDirectory staff;

    @Inject
    ApiTokens tokens;

    @GET
    @Operation(summary = "Who you are")
    public Me me() {
        var me = staff.get(username());
        return new Me(me.getUsername(), me.getDisplayName(), me.getRoles());
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Create a personal API token", description = "The token is in this answer only; store it now.")
    public Response create(TokenRequest request) {
        var created = tokens.create(username(), request == null ? null : request.name());
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "Your tokens (without the secrets)")
    public List<TokenInfo> list() {
        return tokens.of(username()).stream().map(TokenInfo::of).toList();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of your tokens")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(username(), id);
        return Response.noContent().build();
    }

    private String username() {
        return security.getCallerPrincipal().getName();
    }

    public record Me(String username, String displayName, Set<Role> roles) {
    }

    public record TokenRequest(String name) {
    }

    public record TokenInfo(long id, String name, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

        static TokenInfo of(ApiToken token) {
            return new TokenInfo(token.getId(), token.getName(), token.getHint(), token.getCreatedAt(),
                    token.lastUsedAt().orElse(null), token.revokedAt().orElse(null));
        }
    }
}
