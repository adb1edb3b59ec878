package io.guarddesk.tickets.boundary.api;

import io.guarddesk.platform.ClientAddresses;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.Texts;
import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.RoleNames;
import io.guarddesk.platform.rest.Languages;
import io.guarddesk.platform.rest.QueryParameters;
import io.guarddesk.tickets.boundary.CustomerTickets;
import io.guarddesk.tickets.boundary.PhoneTickets;
import io.guarddesk.tickets.boundary.Replies;
import io.guarddesk.tickets.boundary.ReplyOutcome;
import io.guarddesk.disclosure.control.AccountPlaceholders;
import io.guarddesk.disclosure.control.RefusalView;
import static io.guarddesk.tickets.boundary.api.TicketRequests.*;
import io.guarddesk.tickets.boundary.TicketNotFoundException;
import io.guarddesk.tickets.boundary.TicketQueue;
import io.guarddesk.tickets.boundary.Escalations;
import io.guarddesk.tickets.boundary.Tickets;
import io.guarddesk.tickets.boundary.Viewers;
import io.guarddesk.tickets.control.PhoneCall;
import io.guarddesk.tickets.control.QueueFilter;
import io.guarddesk.tickets.control.QueueSearch;
import io.guarddesk.tickets.control.SubmissionForm;
import io.guarddesk.tickets.control.QueueOrder;
import io.guarddesk.tickets.control.QueuePage;
import io.guarddesk.tickets.control.TicketView;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tickets over the API: public submission, and for staff the queue and every change. Tickets are addressed by reference number; one the caller may not
 * see answers 404 exactly like one that does not exist.
 */
@Path("tickets")
@RequestScoped
@RolesAllowed({RoleNames.AGENT, RoleNames.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tickets", description = "Staff: list, search, read, reply, change status, assign")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class TicketsResource {

    @Inject
    Tickets tickets;

    @Inject
    Escalations escalations;

    @Inject
    CustomerTickets customers;

    @Inject
    TicketQueue queue;

    @Inject
    PhoneTickets phoneTickets;

    @Inject
    Replies replies;

    @Inject
    Viewers viewers;

    @Inject
    ClientAddresses clients;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @POST
    @PermitAll
    @Tag(name = "customers")
    @Operation(summary = "Submit a ticket (public, no sign-in)", description = "Answers 202 with the reference number. The "
            + "ticket waits until the requester follows the confirmation link mailed to the address; the link to the "
            + "thread goes only to that address. Rate-limited per client and per e-mail address (429 with Retry-After).")
    public Response submit(SubmissionForm form) {
        if (form == null) {
            throw new InvalidInputException("body", "Send the ticket as a JSON object.");
        }
        var language = Languages.preferred(headers);
        var submitted = customers.submit(form, Channel.API, language, clients.of(request));
        var next = Texts.of(language, "form.checkMail");
        return Response.accepted(new SubmittedTicket(submitted.reference(), "PENDING_VERIFICATION", next)).build();
    }

    @POST
    @Path("phone")
    @Operation(summary = "Open a ticket for a caller", description = "For the customer account the caller names: the "
            + "ticket belongs to the address on file for that account and waits until the link mailed there is followed. "
            + "No address can be given. Answers 202 with the reference to tell the caller and the masked address.")
    public Response phone(PhoneCall call) {
        if (call == null) {
            throw new InvalidInputException("body", "Send the call as a JSON object.");
        }
        return Response.accepted(phoneTickets.open(call, Languages.preferred(headers))).build();
    }

    @GET
    @Operation(summary = "List and search the queue", description = "Filters: status (repeatable), category, "
            + "assignee (a username, or - for unassigned), olderThanHours, q (a reference number, a requester's "
            + "e-mail address, or any other text to find in subjects and messages: at least 3 characters, or 2 Japanese "
            + "characters such as 請求; at most 200; a text search counts the newest matches only, up to 100, and then says totalExact false: at least total), security=true (the supervisor queue; always empty for agents) or false. "
            + "Sort: updated, created, status, category, subject, ackDueAt (the nearest acknowledgement deadline).")
    public QueuePage list(@QueryParam("status") List<String> statuses, @QueryParam("category") String category,
                          @QueryParam("assignee") String assignee, @QueryParam("olderThanHours") String olderThanHours,
                          @QueryParam("q") String text, @QueryParam("sort") @DefaultValue("updated") String sort,
                          @QueryParam("order") @DefaultValue("desc") String order,
                          @QueryParam("offset") @DefaultValue("0") String offset,
                          @QueryParam("limit") @DefaultValue("25") String limit,
                          @QueryParam("security") String security) {
        int from = QueryParameters.number("offset", offset, 0, Integer.MAX_VALUE);
        int size = QueryParameters.number("limit", limit, 1, 200);
        var filter = new QueueFilter(parseStatuses(statuses), Optional.ofNullable(category).map(c -> parse(Category.class, "category", c)),
                Optional.ofNullable(assignee), Optional.ofNullable(olderThanHours).map(h -> Duration.ofHours(QueryParameters.number("olderThanHours", h, 0, 24 * 3650))),
                Optional.ofNullable(text), Optional.ofNullable(security).map(TicketsResource::parseBoolean));
        if (filter.text().flatMap(QueueSearch::of).orElse(null) instanceof QueueSearch.Unsearchable) {
            throw new InvalidInputException("q", QueueSearch.HINT);
        }
        var sortBy = QueueOrder.parse(sort).orElseThrow(() -> new InvalidInputException("sort",
                "Sort by one of updated, created, status, category, subject, ackDueAt."));
        if (!order.equalsIgnoreCase("asc") && !order.equalsIgnoreCase("desc")) {
            throw new InvalidInputException("order", "Order is asc or desc.");
        }
        return queue.page(filter, viewers.current(), sortBy, order.equalsIgnoreCase("asc"), from, size);
    }

    @GET
    @Path("lookup")
    @Operation(summary = "Where is this reference number?", description = "For a reference a customer quotes: QUEUE (open it), "
            + "SECURITY_TEAM (hand the caller to a supervisor) or AWAITING_CONFIRMATION (the requester has not followed "
            + "the mailed link yet). Nothing of the ticket's content. 404 when no ticket has this reference.")
    public Tickets.Lookup lookup(@QueryParam("reference") String reference) {
        return tickets.lookup(reference, viewers.current()).orElseThrow(TicketNotFoundException::new);
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "Read a ticket with its thread")
    public TicketView get(@PathParam("reference") String reference) {
        return tickets.forStaff(reference, viewers.current());
    }

    @POST
    @Path("{reference}/replies")
    @Operation(summary = "Reply to the requester", description = "status: where the ticket goes (default PENDING_CUSTOMER); "
            + "expectedVersion: refuse with 409 if the ticket changed since you read it.")
    public Response reply(@PathParam("reference") String reference, ReplyRequest reply) {
        if (reply == null) {
            throw new InvalidInputException("body", "Send {\"body\": \"...\"}.");
        }
        var language = Languages.preferred(headers);
        var outcome = replies.reply(reference, viewers.current(), reply.body(),
                Optional.ofNullable(reply.status()).map(s -> parse(TicketStatus.class, "status", s)),
                Optional.ofNullable(reply.expectedVersion()), language);
        if (outcome instanceof ReplyOutcome.Held held) {
            return Response.status(422).entity(new HeldReply(422, "Unprocessable Entity", Texts.of(language, "guard.held"),
                    held.refusal())).build();
        }
        return Response.ok(((ReplyOutcome.Sent) outcome).ticket()).build();
    }

    @GET
    @Path("{reference}/refusals")
    @Operation(summary = "Replies the guard held on this ticket", description = "Kinds, places and masked tails of what was "
            + "found, never the values; whether a supervisor may release each.")
    public List<RefusalView> refusals(@PathParam("reference") String reference) {
        return replies.refusals(reference, viewers.current());
    }

    @POST
    @Path("{reference}/refusals/{id}/release")
    @RolesAllowed(RoleNames.SUPERVISOR)
    @Operation(summary = "Release a held reply (supervisors)", description = "With a written justification of at least 20 "
            + "characters. Never a reply holding a password, key, token or card number, and never one's own. 422 otherwise.")
    public TicketView release(@PathParam("reference") String reference, @PathParam("id") String id, ReleaseRequest release) {
        return replies.release(reference, viewers.current(), QueryParameters.number("id", id, 1, Integer.MAX_VALUE),
                release == null ? null : release.justification(), Languages.preferred(headers));
    }

    @GET
    @Path("{reference}/accounts")
    @Operation(summary = "The verified requester's accounts", description = "Empty while the requester has not confirmed "
            + "their address (R1.3).")
    public List<AccountSummary> accounts(@PathParam("reference") String reference) {
        return replies.requesterAccounts(reference, viewers.current()).stream().map(AccountSummary::of).toList();
    }

    @POST
    @Path("{reference}/account-inserts")
    @Operation(summary = "Insert account information into a draft", description = "field: NUMBER, LOGIN or RESET_LINK. "
            + "Answers the placeholder to put into the reply; it is filled in when the reply is sent. Only for an "
            + "account the verified requester owns; 422 otherwise, with the reason.")
    public InsertedPlaceholder insert(@PathParam("reference") String reference, InsertRequest insert) {
        if (insert == null || insert.accountNumber() == null || insert.field() == null) {
            throw new InvalidInputException("body", "Send {\"accountNumber\": \"C-100234\", \"field\": \"NUMBER\"}.");
        }
        return new InsertedPlaceholder(replies.insertAccountInformation(reference, viewers.current(), insert.accountNumber(),
                parse(AccountPlaceholders.Field.class, "field", insert.field()), Languages.preferred(headers)));
    }

    @PUT
    @Path("{reference}/status")
    @Operation(summary = "Change the status", description = "Only along the lifecycle: NEW→OPEN→PENDING_CUSTOMER→SOLVED→CLOSED; 409 otherwise.")
    public TicketView status(@PathParam("reference") String reference, StatusRequest change) {
        if (change == null || change.status() == null) {
            throw new InvalidInputException("status", "Send {\"status\": \"OPEN\"} (or another status).");
        }
        return tickets.changeStatus(reference, viewers.current(), parse(TicketStatus.class, "status", change.status()),
                Optional.ofNullable(change.expectedVersion()));
    }

    @PUT
    @Path("{reference}/assignee")
    @Operation(summary = "Assign", description = "assignee: a username of an agent or supervisor, or null to unassign.")
    public TicketView assign(@PathParam("reference") String reference, AssignRequest assignment) {
        if (assignment == null) {
            throw new InvalidInputException("assignee", "Send {\"assignee\": \"username\"} or {\"assignee\": null}.");
        }
        return tickets.assign(reference, viewers.current(), Optional.ofNullable(assignment.assignee()),
                Optional.ofNullable(assignment.expectedVersion()));
    }

    @POST
    @Path("{reference}/escalation")
    @Operation(summary = "Escalate to the security team (one click)", description = "Routes the ticket with its whole thread "
            + "to the supervisor queue (R3.1); note (optional, up to 2,000 characters) is shown to the supervisors. "
            + "Afterwards an agent gets 404 for the ticket. 422 when it already is a security ticket.")
    public Response escalate(@PathParam("reference") String reference, EscalationRequest escalation) {
        escalations.escalate(reference, viewers.current(), Optional.ofNullable(escalation).map(EscalationRequest::note),
                Languages.preferred(headers));
        return Response.noContent().build();
    }

    @POST
    @Path("{reference}/acknowledgement")
    @RolesAllowed(RoleNames.SUPERVISOR)
    @Operation(summary = "Acknowledge a security ticket (supervisors)", description = "Stops its acknowledgement clock (R3.3) "
            + "and assigns it to you when nobody has it. Acknowledging twice changes nothing.")
    public TicketView acknowledge(@PathParam("reference") String reference) {
        return escalations.acknowledge(reference, viewers.current(), Languages.preferred(headers));
    }

    @POST
    @Path("{reference}/security-clearance")
    @RolesAllowed(RoleNames.SUPERVISOR)
    @Operation(summary = "Return to the general queue (supervisors)", description = "For a ticket that is not a security "
            + "matter: reason (10 to 2,000 characters) is kept in the ticket's tag history. Agents can open it again "
            + "with their very next request.")
    public TicketView clear(@PathParam("reference") String reference, ClearanceRequest clearance) {
        return escalations.clear(reference, viewers.current(), clearance == null ? null : clearance.reason(),
                Languages.preferred(headers));
    }

    private static Boolean parseBoolean(String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new InvalidInputException("security", "Use true or false.");
        }
        return Boolean.valueOf(value);
    }

    private static EnumSet<TicketStatus> parseStatuses(List<String> names) {
        var statuses = EnumSet.noneOf(TicketStatus.class);
        names.forEach(name -> statuses.add(parse(TicketStatus.class, "status", name)));
        return statuses;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Use one of " + EnumSet.allOf(type) + ".");
        }
    }

}
