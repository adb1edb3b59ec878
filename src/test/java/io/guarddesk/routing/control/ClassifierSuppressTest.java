package io.guarddesk.routing.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SUPPRESS rules (R3.1): a harmless phrase explains away the signals it overlaps, and only those. */
class ClassifierSuppressTest {

    private final RuleSet rules = Rules.signal("password").andSignal("leak*").andSignal("hacked")
            .suppress("forgot my password").suppress("(water|kitchen) leak*").compile();

    @Test
    @DisplayName("R3.1 a suppressing phrase that overlaps a signal keeps the text untagged and is reported")
    void overlapSuppresses() {
        var trial = rules.explain("Forgot my password", "I forgot my password.");
        assertThat(trial.classification().security()).isFalse();
        assertThat(trial.suppressedBy()).containsExactly("forgot my password");
        assertThat(rules.classify("", "There is a water leak under the sink").security()).isFalse();
    }

    @Test
    @DisplayName("R3.1 a suppressor does not cover a signal elsewhere in the text, nor a second occurrence of the same signal")
    void onlyOverlapping() {
        assertThat(rules.classify("", "I forgot my password and then my account was hacked").matchedRules()).containsExactly("hacked");
        assertThat(rules.classify("", "I forgot my password. Today someone sent me my password").matchedRules()).containsExactly("password");
        assertThat(rules.classify("water leak", "and a data leak too").matchedRules()).containsExactly("leak*");
    }

    @Test
    @DisplayName("R3.1 without the suppressor the same text is tagged: the suppressor is what explains it away")
    void controlGroup() {
        var bare = Rules.signal("password").compile();
        assertThat(bare.classify("", "I forgot my password.").security()).isTrue();
    }
}
