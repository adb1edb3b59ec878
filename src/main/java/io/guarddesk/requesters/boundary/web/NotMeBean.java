package io.guarddesk.requesters.boundary.web;

import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.web.Faces;
import io.guarddesk.requesters.boundary.NotMeReports;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;

/** "This wasn't me": the page behind the link in every mail; no sign-in. */
@Named
@ViewScoped
public class NotMeBean implements Serializable {

    @Inject
    NotMeReports reports;

    private String key;
    private boolean known;
    private String comment;
    private String reportReference;

    public void load() {
        known = reports.known(key);
        if (!known) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void report() {
        try {
            reports.report(key, comment, FacesContext.getCurrentInstance().getViewRoot().getLocale())
                    .ifPresentOrElse(reference -> reportReference = reference, () -> known = false);
        } catch (DeskException e) {
            Faces.refuse(e, "notme-form", Map.of("text", "comment"));
        }
    }

    public String getDoneText() {
        return Faces.text("notme.done").replace("{0}", reportReference == null ? "" : reportReference);
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public boolean isKnown() {
        return known;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReportReference() {
        return reportReference;
    }
}
