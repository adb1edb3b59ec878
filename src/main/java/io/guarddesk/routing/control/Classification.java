package io.guarddesk.routing.control;

import java.util.List;

/** TEMPORARY placeholder until the classifier branch lands. */
public record Classification(boolean security, List<String> matchedRules) {
}
