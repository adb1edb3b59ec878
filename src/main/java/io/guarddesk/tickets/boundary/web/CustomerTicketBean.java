package io.guarddesk.tickets.boundary.web;

import io.guarddesk.platform.ClientAddresses;
import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.web.Faces;
import io.guarddesk.tickets.boundary.TicketNotFoundException;
import io.guarddesk.tickets.boundary.CustomerTickets;
import io.guarddesk.tickets.control.CustomerView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.Map;

/** The customer's private ticket page, reached by its link only. */
@Named
@ViewScoped
public class CustomerTicketBean implements Serializable {

    @Inject
    CustomerTickets tickets;

    @Inject
    ClientAddresses clients;

    private String key;
    private CustomerView ticket;
    private String reply;
    private boolean confirmed;

    public void load() {
        try {
            ticket = tickets.forCustomer(key);
        } catch (TicketNotFoundException e) {
            ticket = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Post-redirect-get, so a reload does not send the reply twice. */
    public String send() {
        try {
            var context = FacesContext.getCurrentInstance();
            var client = clients.of((HttpServletRequest) context.getExternalContext().getRequest());
            tickets.customerReply(key, reply, context.getViewRoot().getLocale(), client);
            Faces.info("customer.sent");
            Faces.keepMessagesOverRedirect();
            return "/ticket?faces-redirect=true&key=" + key;
        } catch (DeskException e) {
            Faces.refuse(e, "reply-form", Map.of("body", "reply"));
            return null;
        }
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public CustomerView getTicket() {
        return ticket;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
