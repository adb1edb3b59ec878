package io.guarddesk.accounts.boundary.api;

import io.guarddesk.accounts.boundary.ResetLinks;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.staff.entity.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * For the company's reset page: after checking a link's signature with the shared secret, it uses
 * the link up here, so a link works exactly once (R2.2).
 */
@Path("reset-links")
@RequestScoped
@RolesAllowed(RoleNames.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class ResetLinksResource {

    @Inject
    ResetLinks links;

    @POST
    @Path("redeem")
    @Operation(summary = "Use a reset link up (the company's reset page)", description = "200 with the account number the "
            + "first time; 409 with the reason (USED, EXPIRED, NOT_OWNER_ANY_MORE) after that; 404 for a token the desk "
            + "never issued or whose signature is wrong.")
    public Response redeem(RedeemRequest request) {
        if (request == null || request.token() == null || request.token().isBlank()) {
            throw new InvalidInputException("token", "Send {\"token\": \"gdr1....\"}.");
        }
        var outcome = links.redeem(request.token().strip());
        if (outcome instanceof ResetLinks.Redemption.Redeemed redeemed) {
            return Response.ok(Map.of("accountNumber", redeemed.accountNumber())).build();
        }
        if (outcome instanceof ResetLinks.Redemption.Refused refused) {
            return Response.status(409).entity(Map.of("status", 409, "error", "Conflict", "reason", refused.state().name(),
                    "message", "This reset link cannot be used (" + refused.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + "); the customer asks the desk for a new one.")).build();
        }
        return Response.status(404).entity(Map.of("status", 404, "error", "Not Found",
                "message", "No such reset link.")).build();
    }

    public record RedeemRequest(String token) {
    }
}
