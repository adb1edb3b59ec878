package io.guarddesk.staff.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.Set;

/** An admin's settings for an existing staff member: all three are given, as a PUT replaces them. */
public class StaffChange {

    @NotEmpty(message = "{guarddesk.validation.roles}")
    public Set<@NotNull(message = "{guarddesk.validation.roles}")
            @Pattern(regexp = "AGENT|SUPERVISOR|ADMIN", message = "{guarddesk.validation.roles}") String> roles;

    @NotNull(message = "{guarddesk.validation.required}")
    public Boolean active;

    @NotNull(message = "{guarddesk.validation.required}")
    public Boolean privacyOfficer;
}
