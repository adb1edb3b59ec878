package io.guarddesk.requesters.boundary.web;

import io.guarddesk.requesters.boundary.Confirmations;
import io.guarddesk.requesters.control.ConfirmationOutcome;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * The page a confirmation link opens. A good link confirms and goes straight on to the private
 * ticket page; every other outcome is explained with what to do next.
 */
@Named
@ViewScoped
public class ConfirmBean implements Serializable {

    @Inject
    Confirmations confirmations;

    private String token;
    private String outcome;
    private boolean resent;

    /** Opening the page only looks at the link. */
    public void check() {
        outcome = name(confirmations.check(token));
    }

    /** The button: uses the link, and on success goes on to the private ticket page. */
    public void confirm() throws IOException {
        var result = confirmations.confirm(token);
        if (result instanceof ConfirmationOutcome.Confirmed confirmed) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/ticket?key=" + confirmed.accessKey() + "&confirmed=true");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        outcome = name(result);
    }

    private static String name(ConfirmationOutcome result) {
        return result instanceof ConfirmationOutcome.Ready ? "ready"
                : result instanceof ConfirmationOutcome.AlreadyUsed ? "used"
                : result instanceof ConfirmationOutcome.Replaced ? "replaced"
                : result instanceof ConfirmationOutcome.Expired ? "expired"
                : "unknown";
    }

    public void resend() {
        confirmations.resend(token);
        resent = true;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getOutcome() {
        return outcome;
    }

    public boolean isResent() {
        return resent;
    }
}
