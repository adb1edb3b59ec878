package io.guarddesk.mail.boundary;

import java.util.Locale;
import java.util.Map;

/**
 * A mail another feature wants sent: to whom, in which language, which template with which
 * parameters, about which ticket (or {@code null}), and its kind ({@code CONFIRMATION},
 * {@code SIGN_IN}, {@code REPLY} …) for per-address limits. Parameters are values, not text a
 * customer wrote: templates are fixed text, and a customer's subject or message never goes into
 * a mail through them (a bulk notice's text is staff text, approved by a second person). A mail
 * that is one of many of a larger sending names it in {@code batch} (e.g. {@code notice-17}),
 * so that the sending's delivery can be counted.
 */
public record Letter(String to, String name, Locale language, String template, Map<String, String> parameters,
                     Long ticketId, String kind, String batch) {

    public Letter {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public Letter(String to, String name, Locale language, String template, Map<String, String> parameters,
                  Long ticketId, String kind) {
        this(to, name, language, template, parameters, ticketId, kind, null);
    }

    @Override
    public String toString() {
        // parameters hold live links; they stay out of logs and exception messages (R4.3)
        return "Letter[template=" + template + ", kind=" + kind + ", ticketId=" + ticketId + "]";
    }
}
