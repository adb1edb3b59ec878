package io.guarddesk.requesters.boundary.web;

import io.guarddesk.requesters.boundary.PortalSignIns;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;

/**
 * The page a portal sign-in link opens. Opening it only looks at the link; the button signs in
 * (with a new session id) and goes to the portal.
 */
@Named
@ViewScoped
public class PortalEnterBean implements Serializable {

    @Inject
    PortalSignIns signIns;

    @Inject
    PortalSession session;

    private String token;
    private boolean usable;

    public void check() {
        usable = signIns.usable(token);
    }

    public void enter() throws IOException {
        var email = signIns.enter(token);
        if (email.isEmpty()) {
            usable = false;
            return;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        // a new session id at sign-in: an id planted before it is worthless
        ((HttpServletRequest) external.getRequest()).changeSessionId();
        session.signIn(email.get());
        external.redirect(external.getRequestContextPath() + "/portal/index");
        FacesContext.getCurrentInstance().responseComplete();
    }

    public boolean isUsable() {
        return usable;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
