package io.guarddesk.audit.control;

import io.guarddesk.audit.entity.ChainedContent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainHashTest {

    static final Instant AT = Instant.parse("2026-11-21T09:00:00.123456Z");
    static final ChainedContent ENTRY = new ChainedContent(7, "ab".repeat(32), AT, "supervisor", "GUARD_RELEASE",
            "GD-7K3M9-QXT4H-CA2BZ", "C-100234", "RELEASED", "refusal 51");

    @Test
    @DisplayName("R6.2 the serialisation is stable: a pinned entry hashes to its pinned SHA-256, so existing chains stay verifiable")
    void pinned() {
        assertThat(ChainHash.of(ENTRY)).isEqualTo(PINNED);
        assertThat(ChainHash.of(ENTRY)).as("deterministic").isEqualTo(ChainHash.of(copy(ENTRY)));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("seq", e -> new ChainedContent(8, e.prevHash(), e.at(), e.actor(), e.action(), e.ticket(), e.account(), e.outcome(), e.detail())),
                change("prevHash", e -> new ChainedContent(e.seq(), "ac" + e.prevHash().substring(2), e.at(), e.actor(), e.action(), e.ticket(), e.account(), e.outcome(), e.detail())),
                change("at, by one microsecond", e -> new ChainedContent(e.seq(), e.prevHash(), e.at().plusNanos(1000), e.actor(), e.action(), e.ticket(), e.account(), e.outcome(), e.detail())),
                change("at, by one second", e -> new ChainedContent(e.seq(), e.prevHash(), e.at().plusSeconds(1), e.actor(), e.action(), e.ticket(), e.account(), e.outcome(), e.detail())),
                change("actor", e -> new ChainedContent(e.seq(), e.prevHash(), e.at(), "supervisor2", e.action(), e.ticket(), e.account(), e.outcome(), e.detail())),
                change("action", e -> new ChainedContent(e.seq(), e.prevHash(), e.at(), e.actor(), "GUARD_REFUSAL", e.ticket(), e.account(), e.outcome(), e.detail())),
                change("ticket", e -> new ChainedContent(e.seq(), e.prevHash(), e.at(), e.actor(), e.action(), "GD-7K3M9-QXT4H-CA2BY", e.account(), e.outcome(), e.detail())),
                change("account", e -> new ChainedContent(e.seq(), e.prevHash(), e.at(), e.actor(), e.action(), e.ticket(), "C-100235", e.outcome(), e.detail())),
                change("outcome", e -> new ChainedContent(e.seq(), e.prevHash(), e.at(), e.actor(), e.action(), e.ticket(), e.account(), "REFUSED", e.detail())),
                change("detail", e -> new ChainedContent(e.seq(), e.prevHash(), e.at(), e.actor(), e.action(), e.ticket(), e.account(), e.outcome(), "refusal 52")),
                change("detail removed", e -> new ChainedContent(e.seq(), e.prevHash(), e.at(), e.actor(), e.action(), e.ticket(), e.account(), e.outcome(), null)),
                change("account removed", e -> new ChainedContent(e.seq(), e.prevHash(), e.at(), e.actor(), e.action(), e.ticket(), null, e.outcome(), e.detail())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    @DisplayName("R6.2 a change of any one field changes the hash")
    void everyFieldCounts(String field, UnaryOperator<ChainedContent> change) {
        var changed = change.apply(ENTRY);

        assertThat(changed).isNotEqualTo(ENTRY);
        assertThat(ChainHash.of(changed)).isNotEqualTo(ChainHash.of(ENTRY));
    }

    @Test
    @DisplayName("R6.2 field boundaries cannot shift: the same characters split differently between fields hash differently")
    void boundariesCannotShift() {
        var one = new ChainedContent(7, ENTRY.prevHash(), AT, "ab", "SIGN_IN", "GD-1", "C-2", "OK", null);
        var shifted = new ChainedContent(7, ENTRY.prevHash(), AT, "a", "bSIGN_IN", "GD-1", "C-2", "OK", null);
        var ticketIntoAccount = new ChainedContent(7, ENTRY.prevHash(), AT, "ab", "SIGN_IN", "GD-", "1C-2", "OK", null);
        var intoNextField = new ChainedContent(7, ENTRY.prevHash(), AT, "ab", "SIGN_IN", "GD-1", "C-", "2OK", null);
        var emptyForNull = new ChainedContent(7, ENTRY.prevHash(), AT, "ab", "SIGN_IN", "GD-1", "C-2", "OK", "");

        assertThat(java.util.List.of(one, shifted, ticketIntoAccount, intoNextField, emptyForNull))
                .extracting(ChainHash::of).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("R6.2 a field that imitates the serialisation (length bytes, a presence marker) cannot pass as two fields")
    void lengthsInsideValues() {
        var two = new ChainedContent(7, ENTRY.prevHash(), AT, "x", "SIGN_IN", "A", "B", "OK", null);
        var forged = new ChainedContent(7, ENTRY.prevHash(), AT, "x", "SIGN_IN", "A\u0001\u0000\u0000\u0000\u0001B", null, "OK", null);

        assertThat(ChainHash.of(forged)).isNotEqualTo(ChainHash.of(two));
    }

    @Test
    @DisplayName("R6.2 the hash is 64 lower-case hex digits and Japanese text is hashed as UTF-8")
    void shape() {
        var japanese = new ChainedContent(1, ENTRY.prevHash(), AT, "山田", "SIGN_IN", null, null, "OK", "権限 変更");

        assertThat(ChainHash.of(japanese)).matches("[0-9a-f]{64}").isNotEqualTo(ChainHash.of(ENTRY));
    }

    /** Computed outside Java from the documented format (tag, seq, prevHash, at as seconds + nanos, then the texts). */
    static final String PINNED = "55159bccfba35f6dd01a0300cd54add517c1ff33625ec09c654b6172e869962b";

    private static Arguments change(String name, UnaryOperator<ChainedContent> change) {
        return Arguments.of(name, change);
    }

    private static ChainedContent copy(ChainedContent e) {
        return new ChainedContent(e.seq(), new String(e.prevHash()), e.at(), new String(e.actor()), e.action(), e.ticket(),
                e.account(), e.outcome(), e.detail());
    }

}
