package io.guarddesk.accounts.entity;

/**
 * Fired after a transaction that changed the directory; observers after success read the change
 * records themselves, so the event carries nothing.
 */
public record DirectoryChanged() {
}
