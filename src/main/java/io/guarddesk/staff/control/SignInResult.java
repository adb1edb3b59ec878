package io.guarddesk.staff.control;

import io.guarddesk.staff.entity.Role;

import java.time.Instant;
import java.util.Set;

/** What a sign-in attempt came to. */
public sealed interface SignInResult {

    record SignedIn(String username, String displayName, Set<Role> roles) implements SignInResult {
    }

    /** Wrong name or password; deliberately does not say which. */
    record Rejected() implements SignInResult {
    }

    /** Too many failures on this name; no password is checked until {@code until}. */
    record Paused(Instant until) implements SignInResult {
    }
}
