package io.guarddesk.audit.entity;

import java.time.Instant;

/**
 * Everything an entry's hash covers (R6.2): its place in the chain ({@code seq}, {@code prevHash})
 * and what happened. {@code action} is kept as text, so an entry whose action was tampered into a
 * value the desk does not know can still be read and named.
 */
public record ChainedContent(long seq, String prevHash, Instant at, String actor, String action, String ticket,
                             String account, String outcome, String detail) {
}
