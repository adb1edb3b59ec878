package io.guarddesk.staff.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Signing out ends the session entirely, on a POST, so no link can sign anyone out. */
@Named("signOut")
@RequestScoped
public class SignOutBean {

    public String signOut() throws ServletException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login?faces-redirect=true";
    }
}
