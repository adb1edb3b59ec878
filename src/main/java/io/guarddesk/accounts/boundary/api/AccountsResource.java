package io.guarddesk.accounts.boundary.api;

import io.guarddesk.accounts.boundary.Directory;
import io.guarddesk.accounts.boundary.DirectoryImports;
import io.guarddesk.accounts.control.AccountFile;
import io.guarddesk.accounts.control.AccountInput;
import io.guarddesk.accounts.control.CsvText;
import io.guarddesk.accounts.control.DirectoryWrites;
import io.guarddesk.accounts.control.ImportJob;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.rest.Languages;
import io.guarddesk.staff.entity.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/**
 * The account directory for the company's systems: one account at a time (sync) or a whole CSV
 * file. Admins only; the guard of every instance follows a change within a second. No endpoint
 * reads accounts back: the directory is for the guard, not for browsing.
 */
@Path("accounts")
@RequestScoped
@RolesAllowed(RoleNames.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts", description = "Admin: the customer account directory the guard protects")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class AccountsResource {

    @Inject
    Directory directory;

    @Inject
    DirectoryImports imports;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @PUT
    @Path("{accountNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update one account", description = "Fields: loginId, ownerEmail, holderName, "
            + "holderNameKana, phone, status (ACTIVE, SUSPENDED, CLOSED). No password field exists. 201 when created, 200 "
            + "when updated or unchanged.")
    public Response upsert(@PathParam("accountNumber") String accountNumber, AccountInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "Send the account as a JSON object.");
        }
        if (input.getAccountNumber() != null && !input.getAccountNumber().equals(accountNumber)) {
            throw new InvalidInputException("accountNumber", "The account number in the body differs from the one in the path; "
                    + "account numbers never change.");
        }
        input.setAccountNumber(accountNumber);
        var outcome = directory.upsert(input, Languages.preferred(headers));
        return Response.status(outcome == DirectoryWrites.Outcome.CREATED ? 201 : 200)
                .entity(new Upserted(accountNumber, outcome.name())).build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a CSV file (all or nothing)", description = "Header: " + "account_number,login_id,owner_email,"
            + "holder_name,holder_name_kana,phone,status. UTF-8 or Shift_JIS (encoding=AUTO, UTF_8 or SHIFT_JIS). A file "
            + "with any bad row imports nothing and the answer (422) lists every bad row with what to fix.")
    public Response importFile(byte[] body, @QueryParam("encoding") String encoding) {
        var language = Languages.preferred(headers);
        var chosen = parseEncoding(encoding);
        var text = CsvText.decode(body == null ? new byte[0] : body, chosen)
                .orElseThrow(() -> new InvalidInputException("encoding", "The file is neither valid UTF-8 nor Shift_JIS text; "
                        + "save it as CSV in one of them."));
        var job = imports.runNow(text, security.getUserPrincipal().getName(), language);
        var report = ImportReport.of(job);
        return Response.status(job.phase() == ImportJob.Phase.DONE ? 200 : 422).entity(report).build();
    }

    private static CsvText.Encoding parseEncoding(String value) {
        if (value == null || value.isBlank()) {
            return CsvText.Encoding.AUTO;
        }
        try {
            return CsvText.Encoding.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("encoding", "Use AUTO, UTF_8 or SHIFT_JIS.");
        }
    }

    public record Upserted(String accountNumber, String outcome) {
    }

    /** What an import did: every bad row with what to fix, or how many accounts were created, updated, unchanged. */
    public record ImportReport(String outcome, int rows, int created, int updated, int unchanged, List<AccountFile.Rejection> rejected) {
        static ImportReport of(ImportJob job) {
            var counts = job.counts();
            return new ImportReport(job.phase().name(), job.phase() == ImportJob.Phase.DONE ? job.total() : job.read(),
                    counts.created(), counts.updated(), counts.unchanged(), job.rejections());
        }
    }
}
