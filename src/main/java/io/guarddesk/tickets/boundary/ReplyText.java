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

    /** A staff reply normalised, then validated (normalising can lengthen it); the gate scans it next. */
    static String checked(String body, Validation validation, Locale locale) {
        return valid(Intake.staffBody(body), validation, locale);
    }

    /** A customer's answer normalised with card data masked (R4.1), then validated, ready to store. */
    static String fromCustomer(String body, Validation validation, Locale locale) {
        return valid(Intake.body(body), validation, locale);
    }

    private static String valid(String text, Validation validation, Locale locale) {
        var reply = new ReplyText(text);
        validation.check(reply, locale);
        return reply.body();
    }
}
