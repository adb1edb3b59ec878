package io.guarddesk.routing.entity;

/**
 * Fired inside a transaction that changed the classifier rules; observed after it commits, so this
 * instance recompiles at once instead of at its next periodic check.
 */
public record ClassifierRulesChanged(long version) {
}
