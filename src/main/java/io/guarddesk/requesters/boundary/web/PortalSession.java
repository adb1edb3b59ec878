package io.guarddesk.requesters.boundary.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Optional;

/** The address a customer proved in this browser session by following a sign-in link (R1.7). */
@Named
@SessionScoped
public class PortalSession implements Serializable {

    private String verifiedEmail;

    void signIn(String email) {
        this.verifiedEmail = email;
    }

    void signOut() {
        this.verifiedEmail = null;
    }

    public Optional<String> email() {
        return Optional.ofNullable(verifiedEmail);
    }

    public boolean isSignedIn() {
        return verifiedEmail != null;
    }

    public String getEmail() {
        return verifiedEmail;
    }
}
