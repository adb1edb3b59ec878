package io.guarddesk.disclosure.control;

import java.util.List;

/**
 * What the outbound gate decided about one message (R2.3): the caller must handle both.
 */
public sealed interface GateDecision {

    /**
     * The message may go out as {@code text}; {@code resetLinks} are the accounts whose reset link
     * the caller must now mail to the requester (the link itself never enters the thread).
     */
    record Allowed(String text, List<String> resetLinks) implements GateDecision {
    }

    /**
     * Nothing may go out: what the scan found, and the placeholders naming an account the
     * requester does not own (or any account, for an unverified requester). {@code wouldSend} is
     * what a supervisor's release sends (R2.7), when {@link #releasable()}.
     */
    record Refused(List<Finding> findings, List<String> foreignAccounts, Allowed wouldSend) implements GateDecision {

        public boolean releasable() {
            return foreignAccounts.isEmpty() && findings.stream().allMatch(f -> f.kind().releasable());
        }
    }
}
