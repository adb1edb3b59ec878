package io.guarddesk.audit.control;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.disclosure.entity.GuardRefused;
import io.guarddesk.disclosure.entity.GuardReleased;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The guard's own events as audit entries (R2.7, R6.1). A refusal's findings arrive as lines
 * {@code KIND|WHERE|masked-or-value}; only the kind is kept, since even a masked tail is part of
 * a customer's identifier and a foreign account line carries the whole number.
 */
public final class AuditEvents {

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{0,31}");

    private AuditEvents() {
    }

    public static SensitiveAction refusal(GuardRefused refused, Optional<String> ticketReference) {
        return new SensitiveAction(refused.author(), AuditAction.GUARD_REFUSAL, ticketReference.orElse(null), null, "REFUSED",
                "refusal " + refused.refusalId() + "; kinds " + kinds(refused.findings()));
    }

    public static SensitiveAction release(GuardReleased released, Optional<String> ticketReference) {
        return new SensitiveAction(released.supervisor(), AuditAction.GUARD_RELEASE, ticketReference.orElse(null), null,
                "RELEASED", "refusal " + released.refusalId());
    }

    /** The distinct kinds in order of appearance, e.g. {@code ACCOUNT_NUMBER,PASSWORD}; anything else on a line is dropped. */
    static String kinds(List<String> findingLines) {
        var kinds = new LinkedHashSet<String>();
        for (var line : findingLines == null ? List.<String>of() : findingLines) {
            var kind = line == null ? "" : line.split("\\|", 2)[0];
            kinds.add(KIND.matcher(kind).matches() ? kind : "OTHER");
        }
        return kinds.isEmpty() ? "none" : String.join(",", kinds);
    }

    /** The verification itself is an entry: who checked the chain, and what they were told. */
    public static SensitiveAction verified(String actor, Verification result) {
        if (result instanceof Verification.Broken broken) {
            return new SensitiveAction(actor, AuditAction.AUDIT_VERIFIED, null, null, "BROKEN",
                    "first broken seq " + broken.seq() + ": " + broken.reason() + "; checked " + broken.checked());
        }
        return new SensitiveAction(actor, AuditAction.AUDIT_VERIFIED, null, null, "INTACT", "checked " + result.checked());
    }
}
