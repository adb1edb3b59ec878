package io.guarddesk.requesters.boundary;

import io.guarddesk.platform.CleanText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address a portal sign-in link is asked for, validated in the customer's language. */
class SignInRequest {

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(max = 254, message = "{guarddesk.validation.tooLong}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{guarddesk.validation.email}")
    @CleanText
    private final String email;

    SignInRequest(String email) {
        this.email = email;
    }

    String email() {
        return email;
    }
}
