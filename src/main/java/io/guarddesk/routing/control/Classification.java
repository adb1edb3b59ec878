package io.guarddesk.routing.control;

import java.util.List;

/**
 * Whether a ticket's text is a security or privacy matter (R3.1), and why: the patterns of the
 * signal rules that fired, as the admin wrote them. Never any of the message text, so the result
 * may be stored, logged and audited.
 */
public record Classification(boolean security, List<String> matchedRules) {

    public static final Classification NOT_SECURITY = new Classification(false, List.of());

    public Classification {
        matchedRules = List.copyOf(matchedRules);
        if (security == matchedRules.isEmpty()) {
            throw new IllegalArgumentException("security is exactly 'some rule fired'");
        }
    }
}
