package io.guarddesk.audit.control;

import io.guarddesk.audit.entity.AuditEntry;
import io.guarddesk.audit.entity.AuditHead;
import io.guarddesk.audit.entity.ChainedContent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainVerifierTest {

    static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");
    static final int PAGE = 3;

    @Test
    @DisplayName("R6.2 an intact chain is intact, every entry counted, walked in pages no bigger than asked for")
    void intact() {
        var chain = Chain.of(10);

        var result = chain.verify();

        assertThat(result).isEqualTo(new Verification.Intact(10, chain.entries.get(9).getHash()));
        assertThat(chain.largestPage).isLessThanOrEqualTo(PAGE);
        assertThat(chain.pagesRead).as("10 entries in pages of 3").isEqualTo(4);
    }

    @Test
    @DisplayName("R6.2 an empty chain is intact with nothing checked")
    void empty() {
        assertThat(Chain.of(0).verify()).isEqualTo(new Verification.Intact(0, AuditHead.GENESIS));
    }

    @Test
    @DisplayName("R6.2 an entry edited in place (its hash kept) is named: CONTENT_CHANGED at that seq, the entries before it counted")
    void contentChanged() {
        var chain = Chain.of(10);
        var original = chain.entries.get(6).content();
        chain.replace(7, new AuditEntry(new ChainedContent(7, original.prevHash(), original.at(), "someone-else", original.action(),
                original.ticket(), original.account(), original.outcome(), original.detail()), chain.entries.get(6).getHash()));

        var result = (Verification.Broken) chain.verify();

        assertThat(result.seq()).isEqualTo(7);
        assertThat(result.reason()).isEqualTo(Verification.Reason.CONTENT_CHANGED);
        assertThat(result.checked()).isEqualTo(6);
        assertThat(result.action()).isEqualTo("SIGN_IN");
        assertThat(result.at()).isEqualTo(T0.plusSeconds(7));
    }

    @Test
    @DisplayName("R6.2 a deleted entry is named: MISSING_ENTRY at its seq, also on a page boundary")
    void deleted() {
        for (int seq : new int[]{1, 4, 5, 9}) {
            var chain = Chain.of(10);
            chain.remove(seq);

            var result = (Verification.Broken) chain.verify();

            assertThat(result.seq()).as("deleted " + seq).isEqualTo(seq);
            assertThat(result.reason()).isEqualTo(Verification.Reason.MISSING_ENTRY);
            assertThat(result.at()).isNull();
        }
    }

    @Test
    @DisplayName("R6.2 the newest entry deleted while the head still counts it: MISSING_ENTRY at that seq")
    void newestDeleted() {
        var chain = Chain.of(10);
        chain.remove(10);

        var result = (Verification.Broken) chain.verify();

        assertThat(result.seq()).isEqualTo(10);
        assertThat(result.reason()).isEqualTo(Verification.Reason.MISSING_ENTRY);
    }

    @Test
    @DisplayName("R6.2 two entries swapped (numbers exchanged, each with its own hash): LINK_BROKEN at the first of them")
    void reordered() {
        var chain = Chain.of(10);
        var fourth = chain.entries.get(3);
        var fifth = chain.entries.get(4);
        chain.replace(4, renumbered(fifth, 4));
        chain.replace(5, renumbered(fourth, 5));

        var result = (Verification.Broken) chain.verify();

        assertThat(result.seq()).isEqualTo(4);
        assertThat(result.reason()).isEqualTo(Verification.Reason.LINK_BROKEN);
    }

    @Test
    @DisplayName("R6.2 an entry re-pointed at another predecessor (link edited, hash kept): LINK_BROKEN at that seq")
    void relinked() {
        var chain = Chain.of(10);
        var c = chain.entries.get(5).content();
        chain.replace(6, new AuditEntry(new ChainedContent(6, chain.entries.get(2).getHash(), c.at(), c.actor(), c.action(),
                c.ticket(), c.account(), c.outcome(), c.detail()), chain.entries.get(5).getHash()));

        var result = (Verification.Broken) chain.verify();

        assertThat(result.seq()).isEqualTo(6);
        assertThat(result.reason()).isEqualTo(Verification.Reason.LINK_BROKEN);
    }

    @Test
    @DisplayName("R6.2 an entry rewritten with a correctly recomputed hash still breaks the next entry's link")
    void rewrittenWithNewHash() {
        var chain = Chain.of(10);
        var c = chain.entries.get(2).content();
        var forged = new ChainedContent(3, c.prevHash(), c.at(), "admin", "ROLE_CHANGE", null, null, "OK", "harmless");
        chain.replace(3, new AuditEntry(forged, ChainHash.of(forged)));

        var result = (Verification.Broken) chain.verify();

        assertThat(result.seq()).isEqualTo(4);
        assertThat(result.reason()).isEqualTo(Verification.Reason.LINK_BROKEN);
        assertThat(result.checked()).as("the forged entry 3 is consistent in itself").isEqualTo(3);
    }

    @Test
    @DisplayName("R6.2 the end rewritten and re-chained, but the head left alone: HEAD_MISMATCH at the newest entry")
    void tailRechained() {
        var chain = Chain.of(5);
        var previous = chain.entries.get(2).getHash();
        for (int seq = 4; seq <= 5; seq++) {
            var forged = new ChainedContent(seq, previous, T0.plusSeconds(seq), "nobody", "SIGN_IN", null, null, "OK", null);
            var hash = ChainHash.of(forged);
            chain.replace(seq, new AuditEntry(forged, hash));
            previous = hash;
        }

        var result = (Verification.Broken) chain.verify();

        assertThat(result.seq()).isEqualTo(5);
        assertThat(result.reason()).isEqualTo(Verification.Reason.HEAD_MISMATCH);
    }

    @Test
    @DisplayName("R6.2 without its head row the chain cannot be vouched for: HEAD_MISMATCH at seq 0")
    void headMissing() {
        var chain = Chain.of(3);

        var result = (Verification.Broken) new ChainVerifier(chain::range, PAGE).verify(null);

        assertThat(result.seq()).isZero();
        assertThat(result.reason()).isEqualTo(Verification.Reason.HEAD_MISMATCH);
    }

    @Test
    @DisplayName("R6.2 entries appended after the head was read are left for the next verification")
    void appendedMeanwhile() {
        var chain = Chain.of(6);
        var headThen = new AuditHead(4, chain.entries.get(3).getHash());

        assertThat(new ChainVerifier(chain::range, PAGE).verify(headThen)).isEqualTo(new Verification.Intact(4, chain.entries.get(3).getHash()));
    }

    private static AuditEntry renumbered(AuditEntry entry, long seq) {
        var c = entry.content();
        return new AuditEntry(new ChainedContent(seq, c.prevHash(), c.at(), c.actor(), c.action(), c.ticket(), c.account(),
                c.outcome(), c.detail()), entry.getHash());
    }

    /** A chain held in a list, read the way the database query reads it: by seq range, in seq order, bounded. */
    static final class Chain {

        final List<AuditEntry> entries = new ArrayList<>();
        AuditHead head = new AuditHead(0, AuditHead.GENESIS);
        int largestPage;
        int pagesRead;

        static Chain of(int size) {
            var chain = new Chain();
            for (int seq = 1; seq <= size; seq++) {
                var content = new ChainedContent(seq, chain.head.getLastHash(), T0.plusSeconds(seq), "user" + seq, "SIGN_IN", null,
                        null, "OK", null);
                var entry = new AuditEntry(content, ChainHash.of(content));
                chain.entries.add(entry);
                chain.head.advance(seq, entry.getHash());
            }
            return chain;
        }

        void replace(long seq, AuditEntry entry) {
            entries.removeIf(e -> e.getSeq() == seq);
            entries.add(entry);
        }

        void remove(long seq) {
            entries.removeIf(e -> e.getSeq() == seq);
        }

        Verification verify() {
            return new ChainVerifier(this::range, PAGE).verify(head);
        }

        List<AuditEntry> range(long after, long upTo, int limit) {
            pagesRead++;
            largestPage = Math.max(largestPage, limit);
            return entries.stream().filter(e -> e.getSeq() > after && e.getSeq() <= upTo)
                    .sorted(Comparator.comparingLong(AuditEntry::getSeq)).limit(limit).toList();
        }
    }
}
