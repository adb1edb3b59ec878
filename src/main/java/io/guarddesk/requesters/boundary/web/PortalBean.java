package io.guarddesk.requesters.boundary.web;

import io.guarddesk.platform.ClientAddresses;
import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.web.Faces;
import io.guarddesk.requesters.boundary.PortalSignIns;
import io.guarddesk.tickets.boundary.PortalTickets;
import io.guarddesk.tickets.control.SubmissionForm;
import io.guarddesk.tickets.control.TicketSummary;
import io.guarddesk.tickets.entity.Category;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The customer portal: sign-in by mailed link, the signed-in address's tickets, new verified tickets. */
@Named
@ViewScoped
public class PortalBean implements Serializable {

    @Inject
    PortalSignIns signIns;

    @Inject
    PortalTickets tickets;

    @Inject
    PortalSession session;

    @Inject
    ClientAddresses clients;

    private String email;
    private boolean linkSent;
    private final SubmissionForm form = new SubmissionForm();

    /** Always the same answer, whether or not the address has tickets (no enumeration). */
    public void requestLink() {
        var context = FacesContext.getCurrentInstance();
        try {
            signIns.requestLink(email, context.getViewRoot().getLocale(),
                    clients.of((HttpServletRequest) context.getExternalContext().getRequest()));
            linkSent = true;
        } catch (DeskException e) {
            Faces.refuse(e, "portal-signin", Map.of());
        }
    }

    public void open(String reference) throws IOException {
        var key = session.email().flatMap(address -> tickets.linkTo(address, reference));
        if (key.isPresent()) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/ticket?key=" + key.get());
        }
    }

    public void submit() {
        var context = FacesContext.getCurrentInstance();
        try {
            var reference = tickets.submit(form, session.getEmail(), context.getViewRoot().getLocale());
            Faces.info("portal.created");
            open(reference);
        } catch (DeskException e) {
            Faces.refuse(e, "portal-new", Map.of());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String signOut() {
        session.signOut();
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        return "/portal/index?faces-redirect=true";
    }

    public List<TicketSummary> getTickets() {
        return session.email().map(tickets::of).orElse(List.of());
    }

    public List<String> getCategories() {
        return Category.choosable();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isLinkSent() {
        return linkSent;
    }

    public SubmissionForm getForm() {
        return form;
    }
}
