package io.guarddesk.staff.control;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.audit.entity.SensitiveAction;

import java.util.Optional;

/**
 * A sign-in attempt as an audit entry (R6.1). The actor is the name of a staff member who exists,
 * or {@link #UNKNOWN}: what was typed for a name that does not exist is never written, because
 * people type their password into the name field.
 */
public final class SignInAudit {

    public static final String UNKNOWN = "(unknown)";

    private SignInAudit() {
    }

    /** {@code existingUsername}: the stored name of the member the attempt was for, empty when there is none. */
    public static SensitiveAction of(Optional<String> existingUsername, SignInResult result) {
        var actor = existingUsername.orElse(UNKNOWN);
        if (result instanceof SignInResult.SignedIn) {
            return SensitiveAction.of(actor, AuditAction.SIGN_IN, null, "OK");
        }
        var outcome = result instanceof SignInResult.Paused ? "PAUSED" : "REJECTED";
        return SensitiveAction.of(actor, AuditAction.SIGN_IN_FAILED, null, outcome);
    }
}
