package io.guarddesk.staff.boundary.web;

import io.guarddesk.platform.web.Faces;
import io.guarddesk.staff.boundary.LastSignIn;
import io.guarddesk.staff.control.SignInResult;
import io.guarddesk.staff.entity.RoleNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The staff sign-in page. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    LastSignIn lastSignIn;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        var context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        var status = security.authenticate((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            context.responseComplete();
            return;
        }
        // No countdown: it would differ between real and made-up names.
        if (lastSignIn.get().filter(SignInResult.Paused.class::isInstance).isPresent()) {
            Faces.error("login.paused");
        } else {
            Faces.error("login.failed");
        }
    }

    /** Only a path on this site: an open redirect would turn the sign-in page into a phishing aid. */
    String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login") && next.length() < 500) {
            return next;
        }
        return security.isCallerInRole(RoleNames.AGENT) || security.isCallerInRole(RoleNames.SUPERVISOR) ? "/agent/queue" : "/staff/tokens";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
