package io.guarddesk.tickets.boundary.web;

import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.PublicUrls;
import io.guarddesk.platform.web.Faces;
import io.guarddesk.tickets.boundary.Tickets;
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

/** The public form. */
@Named
@ViewScoped
public class SubmitBean implements Serializable {

    @Inject
    Tickets tickets;

    @Inject
    PublicUrls urls;

    private final SubmissionForm form = new SubmissionForm();
    private Tickets.Submitted submitted;
    private String link;

    public void submit() {
        var context = FacesContext.getCurrentInstance();
        var request = (HttpServletRequest) context.getExternalContext().getRequest();
        form.setLanguage(context.getViewRoot().getLocale().getLanguage());
        try {
            submitted = tickets.submit(form, Channel.WEB_FORM, context.getViewRoot().getLocale(), request.getRemoteAddr());
            link = urls.ticketLink(request, submitted.accessKey());
        } catch (DeskException e) {
            Faces.show(e, "ticket-form");
        }
    }

    public List<String> getCategories() {
        return List.of(Category.values()).stream().map(Enum::name).toList();
    }

    public SubmissionForm getForm() {
        return form;
    }

    public Tickets.Submitted getSubmitted() {
        return submitted;
    }

    public String getLink() {
        return link;
    }
}
