package io.guarddesk.mail.boundary.api;

import io.guarddesk.mail.boundary.Mailbox;
import io.guarddesk.mail.control.MailboxEntry;
import io.guarddesk.platform.rest.QueryParameters;
import io.guarddesk.staff.entity.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The outbox for admins: what was sent to whom and how it went, without bodies. */
@Path("admin/mailbox")
@RequestScoped
@RolesAllowed(RoleNames.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mail", description = "Admin: the mail outbox and its delivery state")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class MailboxResource {

    @Inject
    Mailbox mailbox;

    @GET
    @Operation(summary = "The newest mails, newest first", description = "limit: 1 to " + Mailbox.MAX_LIMIT
            + " (default 50). Each mail: time, recipient, subject, status (PENDING, DELIVERED, BOUNCED, FAILED, "
            + "SUPPRESSED), attempts, the server's last reply.")
    public List<MailboxEntry> newest(@QueryParam("limit") @DefaultValue("50") String limit) {
        return mailbox.newest(QueryParameters.number("limit", limit, 1, Mailbox.MAX_LIMIT));
    }

}
