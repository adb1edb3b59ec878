package io.guarddesk.staff.boundary;

import io.guarddesk.platform.CleanText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** An admin's request to add a staff member. */
public class NewStaffMember {

    @NotBlank(message = "{guarddesk.validation.required}")
    @Pattern(regexp = "[a-z][a-z0-9._-]{1,63}", message = "{guarddesk.validation.username}")
    public String username;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(max = 100, message = "{guarddesk.validation.tooLong}")
    @CleanText
    public String displayName;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{guarddesk.validation.email}")
    @Size(max = 254, message = "{guarddesk.validation.tooLong}")
    public String email;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(min = 12, max = 200, message = "{guarddesk.validation.password}")
    public String password;

    @NotEmpty(message = "{guarddesk.validation.roles}")
    public Set<@Pattern(regexp = "AGENT|SUPERVISOR|ADMIN", message = "{guarddesk.validation.roles}") String> roles;
}
