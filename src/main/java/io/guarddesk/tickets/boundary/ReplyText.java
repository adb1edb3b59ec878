package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The text of a reply, validated like any inbound text (R7.3). A class, not a record: Payara's
 * OpenAPI scanner fails on constraint annotations of record components.
 */
class ReplyText {

    @NotBlank(message = "{guarddesk.validation.required}")
    @Size(max = Tickets.MAX_REPLY, message = "{guarddesk.validation.tooLong}")
    @CleanText(multiline = true)
    private final String body;

    ReplyText(String body) {
        this.body = body;
    }

    String body() {
        return body;
    }
}
