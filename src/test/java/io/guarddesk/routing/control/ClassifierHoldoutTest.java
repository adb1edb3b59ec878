package io.guarddesk.routing.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default rules against 100 messages written after the rules were frozen (held-out set 3; sets
 * 1 and 2 were folded into the corpus once the rules had been tuned on them): the honest estimate
 * of how the rules do on wording nobody wrote a rule for. Measured when frozen: recall 40.4 %
 * (ja 38.5 %, en 42.3 %), false positives 0 %. Do not tune the rules on this file; when it has been
 * used for tuning, fold it into the corpus and write a new one. The floor asserted only catches a
 * collapse.
 */
class ClassifierHoldoutTest {

    @Test
    @DisplayName("R3.1 on held-out wording the default rules keep their measured recall (about 40 %) and false-positive rate (0 %)")
    void heldOut() {
        List<CorpusMessage> messages = CorpusMessage.load(CorpusMessage.HELD_OUT);
        RuleSet rules = RuleSet.compile(DefaultRules.load());
        var overall = CorpusScore.of(messages, m -> rules.classify(m.subject(), m.body()).security());
        var ja = CorpusScore.of(messages.stream().filter(m -> m.lang().equals("ja")).toList(), m -> rules.classify(m.subject(), m.body()).security());
        var en = CorpusScore.of(messages.stream().filter(m -> m.lang().equals("en")).toList(), m -> rules.classify(m.subject(), m.body()).security());
        System.out.println("R3.1 classifier on " + messages.size() + " held-out messages");
        System.out.println(ja.line("ja"));
        System.out.println(en.line("en"));
        System.out.println(overall.line("overall"));
        overall.missed.forEach(m -> System.out.println("  missed   #" + m.id() + " [" + m.lang() + "/" + m.family() + "] " + m.subject()));
        overall.falsePositives.forEach(m -> System.out.println("  tagged   #" + m.id() + " [" + m.lang() + "/" + m.family() + "] " + m.subject()
                + " <- " + rules.classify(m.subject(), m.body()).matchedRules()));

        assertThat(messages).hasSizeGreaterThanOrEqualTo(100);
        assertThat(overall.recall()).isGreaterThanOrEqualTo(0.35);
        assertThat(overall.falsePositiveRate()).isLessThanOrEqualTo(0.15);
    }
}
