package io.guarddesk.tickets.boundary.web;

import io.guarddesk.platform.ClientAddresses;
import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.web.Faces;
import io.guarddesk.tickets.boundary.CustomerTickets;
import io.guarddesk.tickets.control.SubmissionForm;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The public form. */
@Named
@ViewScoped
public class SubmitBean implements Serializable {

    @Inject
    CustomerTickets tickets;

    @Inject
    ClientAddresses clients;

    private final SubmissionForm form = new SubmissionForm();
    private CustomerTickets.Submitted submitted;

    public void submit() {
        var context = FacesContext.getCurrentInstance();
        var request = (HttpServletRequest) context.getExternalContext().getRequest();
        form.setLanguage(context.getViewRoot().getLocale().getLanguage());
        try {
            submitted = tickets.submit(form, Channel.WEB_FORM, context.getViewRoot().getLocale(), clients.of(request));
        } catch (DeskException e) {
            Faces.refuse(e, "ticket-form", Map.of());
        }
    }

    public List<String> getCategories() {
        return Category.choosable();
    }

    public SubmissionForm getForm() {
        return form;
    }

    public CustomerTickets.Submitted getSubmitted() {
        return submitted;
    }

}
