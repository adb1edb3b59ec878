package io.guarddesk.requesters.boundary;

import io.guarddesk.platform.CleanText;
import jakarta.validation.constraints.Size;

/** The optional comment of a "this wasn't me" report, validated like any inbound text (R7.3). */
class NotMeComment {

    @Size(max = 2000, message = "{guarddesk.validation.tooLong}")
    @CleanText(multiline = true)
    private final String text;

    NotMeComment(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
