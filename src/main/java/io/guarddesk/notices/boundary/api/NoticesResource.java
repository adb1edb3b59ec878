package io.guarddesk.notices.boundary.api;

import io.guarddesk.accounts.entity.AccountStatus;
import io.guarddesk.notices.boundary.NoticeApprovals;
import io.guarddesk.notices.boundary.NoticeSending;
import io.guarddesk.notices.boundary.Notices;
import io.guarddesk.notices.entity.DirectoryQuery;
import io.guarddesk.notices.entity.NoticeText;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.Texts;
import io.guarddesk.platform.rest.Languages;
import io.guarddesk.staff.entity.RoleNames;
import io.guarddesk.tickets.boundary.Viewers;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import static io.guarddesk.notices.boundary.api.NoticeRequests.*;

/**
 * Bulk notices over the API (R5), for supervisors: draft, choose recipients, submit, review and
 * approve as a second supervisor, follow the sending, pause and resume.
 */
@Path("notices")
@RequestScoped
@RolesAllowed(RoleNames.SUPERVISOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "notices", description = "Supervisors: notices to many customers, one message each, sent after a second supervisor approves")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class NoticesResource {

    @Inject
    Notices notices;

    @Inject
    NoticeApprovals approvals;

    @Inject
    NoticeSending sending;

    @Inject
    Viewers viewers;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Draft a notice", description = "subjectEn/subjectJa (≤ 150 characters), bodyEn/bodyJa (≤ 20,000), "
            + "placeholders {{name}}, {{accounts}}, {{email}} for each recipient's own data only; sendAt: ISO-8601 with offset "
            + "(a time already past when the notice is approved means at once). Answers 201 with the draft.")
    public Response draft(NoticeRequest request) {
        var locale = locale();
        var view = notices.draft(text(request, locale), sendAt(request, locale), null, viewers.current(), locale);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(NoticeJson.of(view)).build();
    }

    @GET
    @Operation(summary = "Every notice, newest first (at most 500), with its progress")
    public List<NoticeJson> list() {
        return notices.all(viewers.current()).stream().map(NoticeJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a notice and its progress: queued, sent, failed, bounced")
    public NoticeJson get(@PathParam("id") long id) {
        return NoticeJson.of(notices.get(id, viewers.current(), locale()));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change the text or send time (author only); voids any approval")
    public NoticeJson change(@PathParam("id") long id, NoticeRequest request) {
        var locale = locale();
        return NoticeJson.of(notices.change(id, text(request, locale), sendAt(request, locale), viewers.current(), locale));
    }

    @PUT
    @Path("{id}/recipients")
    @Operation(summary = "Set the recipients (author only); voids any approval", description = "incident: the reference of an "
            + "incident, whose affected accounts' owners get the notice; or query: status (ACTIVE, SUSPENDED, CLOSED), "
            + "prefix (of the account number), domain (of the owner's address). One message per owner address.")
    public NoticeJson recipients(@PathParam("id") long id, RecipientsRequest request) {
        var locale = locale();
        if (request == null || (request.incident() == null) == (request.query() == null)) {
            throw new InvalidInputException("recipients", Texts.of(locale, "notices.invalid.recipients"));
        }
        if (request.incident() != null) {
            return NoticeJson.of(notices.recipientsOfIncident(id, request.incident(), viewers.current(), locale));
        }
        var query = new DirectoryQuery(status(request.query().status(), locale), request.query().prefix(), request.query().domain());
        return NoticeJson.of(notices.recipientsOfQuery(id, query, viewers.current(), locale));
    }

    @PUT
    @Path("{id}/recipients")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Set the recipients from a CSV file (author only)", description = "UTF-8 or Shift_JIS; header "
            + "account_number[,language]; language ja or en. A file with any unknown account or bad row is refused whole, "
            + "each problem named with its line.")
    public NoticeJson recipientsFromFile(@PathParam("id") long id, byte[] file) {
        return NoticeJson.of(notices.recipientsOfCsv(id, file == null ? new byte[0] : file, viewers.current(), locale()));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit the draft for approval (author only)")
    public NoticeJson submit(@PathParam("id") long id) {
        return NoticeJson.of(approvals.submit(id, viewers.current(), locale()));
    }

    @GET
    @Path("{id}/review")
    @Operation(summary = "What an approver must see", description = "The notice with its recipient count and send time, a sample "
            + "of recipients, the message rendered for a sample recipient in each language with the guard's verdict, and "
            + "the hash to approve.")
    public NoticeJson.ReviewJson review(@PathParam("id") long id) {
        return NoticeJson.ReviewJson.of(approvals.review(id, viewers.current(), locale()));
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approve as a second supervisor", description = "hash: the one the review showed. 422 for the author; "
            + "409 when the notice changed since (review again).")
    public NoticeJson approve(@PathParam("id") long id, ApprovalRequest request) {
        return NoticeJson.of(approvals.approve(id, request == null ? null : request.hash(), viewers.current(), locale()));
    }

    @POST
    @Path("{id}/rejection")
    @Operation(summary = "Send the notice back to its author with a reason (≤ 1,000 characters)")
    public NoticeJson reject(@PathParam("id") long id, RejectionRequest request) {
        return NoticeJson.of(approvals.reject(id, request == null ? null : request.reason(), viewers.current(), locale()));
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pause sending: no further message enters the outbox until resumed")
    public NoticeJson pause(@PathParam("id") long id) {
        return NoticeJson.of(sending.pause(id, viewers.current(), locale()));
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a paused notice where it stopped")
    public NoticeJson resume(@PathParam("id") long id) {
        return NoticeJson.of(sending.resume(id, viewers.current(), locale()));
    }

    private Locale locale() {
        return Languages.preferred(headers);
    }

    private static NoticeText text(NoticeRequest request, Locale locale) {
        if (request == null) {
            throw new InvalidInputException("body", Texts.of(locale, "notices.invalid.request"));
        }
        return new NoticeText(request.subjectEn(), request.bodyEn(), request.subjectJa(), request.bodyJa());
    }

    private static Instant sendAt(NoticeRequest request, Locale locale) {
        if (request.sendAt() == null || request.sendAt().isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(request.sendAt().strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("sendAt", Texts.of(locale, "notices.invalid.sendAt.format"));
        }
    }

    private static AccountStatus status(String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AccountStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", Texts.of(locale, "notices.invalid.status"));
        }
    }
}
