package io.guarddesk.staff.boundary;

import io.guarddesk.staff.control.SignInResult;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/** The outcome of the sign-in attempted during this request, if any. */
@RequestScoped
public class LastSignIn {

    private SignInResult result;

    void set(SignInResult result) {
        this.result = result;
    }

    public Optional<SignInResult> get() {
        return Optional.ofNullable(result);
    }
}
