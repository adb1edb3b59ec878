package io.guarddesk.routing.control;

import java.util.List;

/**
 * One way a part of a pattern can be written, as the phrases a {@code *} splits it into:
 * {@code sign* up} is "sign", then the rest of that word, then " up".
 */
record Spelling(List<Phrase> phrases) {

    Spelling {
        phrases = List.copyOf(phrases);
    }
}
