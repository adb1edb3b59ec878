package io.guarddesk.tickets.boundary.web;

import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.web.Faces;
import io.guarddesk.tickets.boundary.PhoneTickets;
import io.guarddesk.tickets.control.PhoneCall;
import io.guarddesk.tickets.entity.Category;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** An agent opens a ticket for a caller, by account number (R1.4). */
@Named
@ViewScoped
public class PhoneTicketBean implements Serializable {

    @Inject
    PhoneTickets phoneTickets;

    private final PhoneCall call = new PhoneCall();
    private PhoneTickets.Opened opened;

    public void open() {
        try {
            opened = phoneTickets.open(call, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        } catch (DeskException e) {
            Faces.show(e, "phone-form", Map.of());
        }
    }

    public List<String> getCategories() {
        return Category.choosable();
    }

    public PhoneCall getCall() {
        return call;
    }

    public PhoneTickets.Opened getOpened() {
        return opened;
    }
}
