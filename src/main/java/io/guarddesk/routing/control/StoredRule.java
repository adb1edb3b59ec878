package io.guarddesk.routing.control;

/** A rule as stored, with its id: what a new or changed rule is checked against. */
public record StoredRule(long id, RuleDefinition definition) {
}
