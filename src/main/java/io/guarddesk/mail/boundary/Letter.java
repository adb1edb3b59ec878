package io.guarddesk.mail.boundary;

import java.util.Locale;
import java.util.Map;

/**
 * A mail another feature wants sent: to whom, in which language, which template with which
 * parameters, about which ticket (or {@code null}), and its kind ({@code CONFIRMATION},
 * {@code SIGN_IN}, {@code REPLY} …) for per-address limits. Parameters are values, not text a
 * customer wrote: templates are fixed text, and a customer's subject or message never goes into
 * a mail through them.
 */
public record Letter(String to, String name, Locale language, String template, Map<String, String> parameters,
                     Long ticketId, String kind) {

    public Letter {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    @Override
    public String toString() {
        // parameters hold live links; they stay out of logs and exception messages (R4.3)
        return "Letter[template=" + template + ", kind=" + kind + ", ticketId=" + ticketId + "]";
    }
}
