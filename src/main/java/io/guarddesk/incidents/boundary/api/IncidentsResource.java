package io.guarddesk.incidents.boundary.api;

import io.guarddesk.incidents.boundary.IncidentChanges;
import io.guarddesk.incidents.boundary.IncidentSettings;
import io.guarddesk.incidents.boundary.Incidents;
import io.guarddesk.incidents.control.IncidentForm;
import io.guarddesk.incidents.control.IncidentView;
import io.guarddesk.incidents.entity.Deadline;
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
import java.util.Optional;

import static io.guarddesk.incidents.boundary.api.IncidentRequests.*;

/**
 * Incidents over the API (R3.4), for supervisors. The collection answers an agent 403; an
 * individual incident answers 404, exactly as one that does not exist.
 */
@Path("incidents")
@RequestScoped
@RolesAllowed({RoleNames.AGENT, RoleNames.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "incidents", description = "Supervisors: incidents opened from security tickets, with APPI and GDPR deadline clocks")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class IncidentsResource {

    @Inject
    Incidents incidents;

    @Inject
    IncidentChanges changes;

    @Inject
    IncidentSettings settings;

    @Inject
    Viewers viewers;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(RoleNames.SUPERVISOR)
    @Operation(summary = "Open an incident from a security ticket", description = "ticket: the reference of a security ticket; "
            + "kinds: any of EMAIL, NAME, POSTAL_ADDRESS, PHONE, ACCOUNT_ID, CARD_DATA, CREDENTIALS, SENSITIVE, OTHER; people: "
            + "1 to 200000000; discoveredAt: ISO-8601 with offset, not in the future; unauthorisedAccess: suspected "
            + "unauthorised access or wrongful purpose (default false); gdpr: GDPR applies (default: the desk's setting). "
            + "Answers 201 with the incident and its clocks; 422 for a ticket that is not a security ticket; 409 when an "
            + "incident is already open for the ticket; 404 for a ticket you cannot see.")
    public Response open(OpenRequest request) {
        var locale = Languages.preferred(headers);
        if (request == null) {
            throw new InvalidInputException("body", Texts.of(locale, "incidents.invalid.body"));
        }
        if (request.ticket() == null || request.ticket().isBlank()) {
            throw new InvalidInputException("ticket", Texts.of(locale, "incidents.invalid.ticket"));
        }
        var form = new IncidentForm(request.title(), request.kinds(), request.people(), instant(request.discoveredAt(), locale),
                request.unauthorisedAccess(), request.gdpr());
        var view = incidents.open(request.ticket(), form, viewers.current(), locale);
        return Response.created(uri.getAbsolutePathBuilder().path(view.reference()).build())
                .entity(IncidentJson.of(view, settings.zone())).build();
    }

    @GET
    @RolesAllowed(RoleNames.SUPERVISOR)
    @Operation(summary = "Open incidents with their clocks now", description = "Most urgent first: overdue, due soon, then by "
            + "the next due instant. Each clock: deadline, state (RUNNING, DUE_SOON, OVERDUE, DONE, NOT_REQUIRED), due, "
            + "remainingSeconds (negative once overdue), reason when not required.")
    public List<OpenIncidentJson> list() {
        return incidents.openIncidents(viewers.current()).stream().map(i -> OpenIncidentJson.of(i, settings.zone())).toList();
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "Read an incident: its facts and clocks")
    public IncidentJson get(@PathParam("reference") String reference) {
        var locale = Languages.preferred(headers);
        return IncidentJson.of(incidents.get(reference, viewers.current(), locale), settings.zone());
    }

    @PUT
    @Path("{reference}")
    @Operation(summary = "Change the facts", description = "The same fields as opening, without ticket; expectedVersion: "
            + "refuse with 409 if the incident changed since you read it. A fact left out (null) is an error, except "
            + "unauthorisedAccess and gdpr, which then keep their value.")
    public IncidentJson update(@PathParam("reference") String reference, UpdateRequest request) {
        var locale = Languages.preferred(headers);
        if (request == null) {
            throw new InvalidInputException("body", Texts.of(locale, "incidents.invalid.body"));
        }
        var form = new IncidentForm(request.title(), request.kinds(), request.people(), instant(request.discoveredAt(), locale),
                request.unauthorisedAccess(), request.gdpr());
        return json(changes.update(reference, form, Optional.ofNullable(request.expectedVersion()), viewers.current(), locale));
    }

    @POST
    @Path("{reference}/reports")
    @Operation(summary = "Record a report as sent", description = "kind: APPI_PRELIMINARY, APPI_FINAL or GDPR. Its clock "
            + "becomes DONE (the final report also answers the preliminary one). Recording it again keeps the first time.")
    public IncidentJson report(@PathParam("reference") String reference, ReportRequest request) {
        var locale = Languages.preferred(headers);
        var deadline = Optional.ofNullable(request).map(ReportRequest::kind).flatMap(IncidentsResource::deadline)
                .orElseThrow(() -> new InvalidInputException("kind", Texts.of(locale, "incidents.invalid.report")));
        return json(changes.recordReport(reference, deadline, viewers.current(), locale));
    }

    @POST
    @Path("{reference}/tickets")
    @Operation(summary = "Link another ticket", description = "ticket: a reference you can see; linking twice changes nothing.")
    public IncidentJson link(@PathParam("reference") String reference, LinkRequest request) {
        var locale = Languages.preferred(headers);
        if (request == null || request.ticket() == null || request.ticket().isBlank()) {
            throw new InvalidInputException("ticket", Texts.of(locale, "incidents.invalid.ticket"));
        }
        return json(changes.link(reference, request.ticket(), viewers.current(), locale));
    }

    @PUT
    @Path("{reference}/accounts")
    @Operation(summary = "Set the affected accounts", description = "accounts: account numbers of the directory (at most 5000), "
            + "replacing the list; 400 naming the numbers the directory does not know.")
    public IncidentJson accounts(@PathParam("reference") String reference, AccountsRequest request) {
        var locale = Languages.preferred(headers);
        if (request == null || request.accounts() == null) {
            throw new InvalidInputException("accounts", Texts.of(locale, "incidents.invalid.body"));
        }
        return json(changes.setAffectedAccounts(reference, request.accounts(), Optional.ofNullable(request.expectedVersion()),
                viewers.current(), locale));
    }

    @POST
    @Path("{reference}/close")
    @Operation(summary = "Close the incident", description = "Only when every required report is recorded (422 otherwise, "
            + "naming them). A closed incident changes no more.")
    public IncidentJson close(@PathParam("reference") String reference, CloseRequest request) {
        var locale = Languages.preferred(headers);
        var expected = Optional.ofNullable(request).map(CloseRequest::expectedVersion);
        return json(changes.close(reference, expected, viewers.current(), locale));
    }

    private IncidentJson json(IncidentView view) {
        return IncidentJson.of(view, settings.zone());
    }

    /** An instant with its offset; a time without one is refused rather than guessed. */
    static Instant instant(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("discoveredAt", Texts.of(locale, "incidents.invalid.discoveredAt.format"));
        }
    }

    private static Optional<Deadline> deadline(String name) {
        for (var deadline : Deadline.values()) {
            if (deadline.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(deadline);
            }
        }
        return Optional.empty();
    }
}
