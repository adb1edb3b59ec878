package io.guarddesk.routing.control;

import io.guarddesk.routing.entity.RuleKind;
import io.guarddesk.routing.entity.RuleLanguage;

/** A rule as written, by an admin or in the defaults file: what the classifier is built from. */
public record RuleDefinition(String pattern, RuleLanguage language, RuleKind kind, boolean enabled, String note) {
}
