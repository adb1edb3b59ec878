package io.guarddesk.routing.control;

import java.util.List;

/**
 * A classification with what an admin trying a text also wants to see: the suppressing rules that
 * explained away a signal (why a text was not tagged although a signal phrase is in it).
 */
public record Trial(Classification classification, List<String> suppressedBy) {

    public Trial {
        suppressedBy = List.copyOf(suppressedBy);
    }
}
