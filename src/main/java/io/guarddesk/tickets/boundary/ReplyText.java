package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.CleanText;
import io.guarddesk.platform.Validation;
import io.guarddesk.tickets.control.Intake;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/**
 * The text of a reply, validated like any inbound text (R7.3). A class, not a record: Payara's
 * OpenAPI scanner fails on constraint annotations of record components.
 */
class ReplyText {

    static final int MAX = 20_000;

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(max = MAX, message = "{guarddesk.validation.tooLong}")
    @CleanText(multiline = true)
    private final String body;

    ReplyText(String body) {
        this.body = body;
    }

    String body() {
        return body;
    }

    /** The reply normalised, then validated (normalising can lengthen it), ready to store. */
    static String checked(String body, Validation validation, Locale locale) {
        var reply = new ReplyText(Intake.body(body));
        validation.check(reply, locale);
        return reply.body();
    }
}
