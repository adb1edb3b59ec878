package io.guarddesk.audit.boundary.api;

import io.guarddesk.audit.boundary.AuditLog;
import io.guarddesk.audit.control.AuditRow;
import io.guarddesk.audit.control.Verification;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * The audit log for admins (R6.2): read it in pages and verify its chain. Deliberately no PUT,
 * PATCH or DELETE: entries are appended by the desk and never changed.
 */
@Path("admin/audit")
@RequestScoped
@RolesAllowed(RoleNames.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "Admin: the hash-chained audit log of sensitive actions")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class AuditResource {

    @Inject
    AuditLog log;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Entries in order, a page at a time", description = "Entries with seq greater than afterSeq "
            + "(default 0), oldest first, at most limit (1 to " + AuditLog.MAX_PAGE + ", default 100). Each entry: seq, at "
            + "(UTC), actor, action, ticket, account, outcome, detail, prevHash, hash. Page on with afterSeq=nextAfterSeq "
            + "while it is present; lastSeq is the newest entry now.")
    public Page entries(@QueryParam("afterSeq") @DefaultValue("0") String afterSeq,
                        @QueryParam("limit") @DefaultValue("100") String limit) {
        long after = QueryParameters.longNumber("afterSeq", afterSeq, 0, Long.MAX_VALUE - 1);
        int size = QueryParameters.number("limit", limit, 1, AuditLog.MAX_PAGE);
        long lastSeq = log.lastSeq();
        var entries = log.after(after, size);
        Long next = entries.size() == size && entries.get(entries.size() - 1).seq() < lastSeq
                ? entries.get(entries.size() - 1).seq() : null;
        return new Page(entries, next, lastSeq);
    }

    @GET
    @Path("verify")
    @Operation(summary = "Verify the hash chain", description = "Walks every entry from the first to the newest, checking "
            + "numbering, links and hashes. intact, checked (entries verified), lastHash (note it elsewhere: it lets you "
            + "notice a chain cut short later); when broken, firstBroken names the first entry that fails: seq, at, action "
            + "and reason (CONTENT_CHANGED, LINK_BROKEN, MISSING_ENTRY, HEAD_MISMATCH; seq 0 is the head row). The "
            + "verification itself is recorded as an AUDIT_VERIFIED entry.")
    public Verdict verify() {
        return Verdict.of(log.verify(security.getUserPrincipal().getName()));
    }

    public record Page(List<AuditRow> entries, Long nextAfterSeq, long lastSeq) {
    }

    public record Verdict(boolean intact, long checked, String lastHash, FirstBroken firstBroken) {

        static Verdict of(Verification result) {
            if (result instanceof Verification.Broken broken) {
                return new Verdict(false, broken.checked(), null,
                        new FirstBroken(broken.seq(), broken.at(), broken.action(), broken.reason().name()));
            }
            var intact = (Verification.Intact) result;
            return new Verdict(true, intact.checked(), intact.lastHash(), null);
        }
    }

    public record FirstBroken(long seq, Instant at, String action, String reason) {
    }
}
