package io.guarddesk.tickets.boundary.api;

import io.guarddesk.platform.ClientAddresses;
import io.guarddesk.platform.rest.Languages;
import io.guarddesk.tickets.boundary.CustomerTickets;
import io.guarddesk.tickets.control.CustomerView;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** The customer's side of the API: no sign-in; a ticket is reached only through its private key. */
@Path("customer/tickets")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "customers", description = "Public: read and answer your ticket through its private key")
public class CustomerTicketsResource {

    @Inject
    CustomerTickets tickets;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Inject
    ClientAddresses clients;

    @GET
    @Path("{key}")
    @Operation(summary = "Read your ticket through its private key")
    public CustomerView read(@PathParam("key") String key) {
        return tickets.forCustomer(key);
    }

    @POST
    @Path("{key}/messages")
    @Operation(summary = "Answer your ticket", description = "Reopens a ticket that was waiting for you or solved.")
    public CustomerView answer(@PathParam("key") String key, MessageRequest message) {
        return tickets.customerReply(key, message == null ? null : message.body(), Languages.preferred(headers), clients.of(request));
    }


    public record MessageRequest(String body) {
    }
}
