package io.guarddesk.requesters.boundary.web;

import io.guarddesk.requesters.boundary.PortalSignIns;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** The page a portal sign-in link opens: a good link signs in (new session id) and goes to the portal. */
@Named
@RequestScoped
public class PortalEnterBean {

    @Inject
    PortalSignIns signIns;

    @Inject
    PortalSession session;

    private String token;

    public void enter() throws IOException {
        var email = signIns.enter(token);
        if (email.isEmpty()) {
            return;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        // a new session id at sign-in: an id planted before it is worthless
        ((HttpServletRequest) external.getRequest()).changeSessionId();
        session.signIn(email.get());
        external.redirect(external.getRequestContextPath() + "/portal/index");
        FacesContext.getCurrentInstance().responseComplete();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
