package io.guarddesk.audit.control;

import io.guarddesk.audit.entity.AuditEntry;
import io.guarddesk.audit.entity.AuditHead;

import java.util.List;

/**
 * Walks the audit chain from the first entry to the head in seq order, a bounded page at a time,
 * and answers the first entry that breaks it (R6.2). Per entry, in this order: is it the next
 * number (else MISSING_ENTRY), does it point at the previous entry's hash (else LINK_BROKEN), do
 * its fields still hash to its hash (else CONTENT_CHANGED); at the end, is the last hash the
 * head's (else HEAD_MISMATCH). The link comes before the content so that an entry moved or
 * re-pointed is named as such, not as a mere edit.
 */
public final class ChainVerifier {

    /** Entries with {@code after < seq <= upTo} in seq order, at most {@code limit} of them. */
    @FunctionalInterface
    public interface Pages {
        List<AuditEntry> range(long after, long upTo, int limit);
    }

    private final Pages pages;
    private final int pageSize;

    public ChainVerifier(Pages pages, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
        this.pages = pages;
        this.pageSize = pageSize;
    }

    /** Checks the chain up to {@code head}; entries appended after it was read are left for the next run. */
    public Verification verify(AuditHead head) {
        if (head == null) {
            return new Verification.Broken(0, null, null, Verification.Reason.HEAD_MISMATCH, 0);
        }
        long expected = 1;
        var previousHash = AuditHead.GENESIS;
        AuditEntry last = null;
        while (expected <= head.getLastSeq()) {
            var page = pages.range(expected - 1, head.getLastSeq(), pageSize);
            if (page.isEmpty()) {
                return missing(expected);
            }
            for (var entry : page) {
                if (entry.getSeq() != expected) {
                    return missing(expected);
                }
                if (!previousHash.equals(entry.getPrevHash())) {
                    return broken(entry, Verification.Reason.LINK_BROKEN, expected - 1);
                }
                if (!ChainHash.of(entry.content()).equals(entry.getHash())) {
                    return broken(entry, Verification.Reason.CONTENT_CHANGED, expected - 1);
                }
                previousHash = entry.getHash();
                last = entry;
                expected++;
            }
        }
        if (!previousHash.equals(head.getLastHash())) {
            return last == null ? new Verification.Broken(0, null, null, Verification.Reason.HEAD_MISMATCH, 0)
                    : broken(last, Verification.Reason.HEAD_MISMATCH, head.getLastSeq() - 1);
        }
        return new Verification.Intact(head.getLastSeq(), previousHash);
    }

    private static Verification missing(long seq) {
        return new Verification.Broken(seq, null, null, Verification.Reason.MISSING_ENTRY, seq - 1);
    }

    private static Verification broken(AuditEntry entry, Verification.Reason reason, long checked) {
        return new Verification.Broken(entry.getSeq(), entry.getAt(), entry.getAction(), reason, checked);
    }
}
