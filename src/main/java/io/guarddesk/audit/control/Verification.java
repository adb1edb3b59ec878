package io.guarddesk.audit.control;

import java.time.Instant;

/** What walking the audit chain found (R6.2): intact, or the first entry where it breaks and why. */
public sealed interface Verification {

    /** How many entries were checked (before the break, when broken). */
    long checked();

    /** Every entry up to the head is there, in order, unchanged and linked; {@code lastHash} is the head. */
    record Intact(long checked, String lastHash) implements Verification {
    }

    /**
     * The first entry that fails. {@code at} and {@code action} are what that entry says (null when
     * it is missing); seq 0 stands for the head row itself.
     */
    record Broken(long seq, Instant at, String action, Reason reason, long checked) implements Verification {
    }

    enum Reason {
        /** The entry's fields no longer hash to its stored hash: it was edited. */
        CONTENT_CHANGED,
        /** The entry does not point at the hash of the entry before it: that one was rewritten, or this one moved. */
        LINK_BROKEN,
        /** No entry has this number although later ones exist, or the head counts further: it was deleted. */
        MISSING_ENTRY,
        /** The last entry is not the one the head recorded: the end of the chain was rewritten, or the head is gone. */
        HEAD_MISMATCH
    }
}
