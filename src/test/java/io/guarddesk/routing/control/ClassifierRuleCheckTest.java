package io.guarddesk.routing.control;

import io.guarddesk.routing.entity.RuleKind;
import io.guarddesk.routing.entity.RuleLanguage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What an admin may store as a rule (R3.1), and that every refusal has a sentence in both languages. */
class ClassifierRuleCheckTest {

    private static final List<StoredRule> NONE = List.of();

    @Test
    @DisplayName("R3.1 a valid rule passes with its values cleaned up; enabled defaults to true")
    void valid() {
        var outcome = RuleCheck.check("  不正(アクセス|ログイン) ", "JA", "signal", null, "  ", null, NONE);
        assertThat(outcome).isInstanceOfSatisfying(RuleCheck.Valid.class, v -> {
            assertThat(v.rule().pattern()).isEqualTo("不正(アクセス|ログイン)");
            assertThat(v.rule().language()).isEqualTo(RuleLanguage.JA);
            assertThat(v.rule().kind()).isEqualTo(RuleKind.SIGNAL);
            assertThat(v.rule().enabled()).isTrue();
            assertThat(v.rule().note()).isNull();
        });
    }

    @Test
    @DisplayName("R3.1 every wrong field is named at once: pattern syntax, language, kind, note")
    void everyFieldNamed() {
        var outcome = RuleCheck.check("hack.*", "fr", "BLOCK", true, "x".repeat(501), null, NONE);
        assertThat(problems(outcome)).extracting(RuleCheck.Problem::field, RuleCheck.Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pattern", "classifier.problem.REGEX"),
                org.assertj.core.groups.Tuple.tuple("language", "classifier.error.language"),
                org.assertj.core.groups.Tuple.tuple("kind", "classifier.error.kind"),
                org.assertj.core.groups.Tuple.tuple("note", "classifier.error.tooLong"));
        assertThat(problems(RuleCheck.check(null, "en", "SIGNAL", true, null, null, NONE)))
                .extracting(RuleCheck.Problem::key).containsExactly("classifier.error.required");
        assertThat(problems(RuleCheck.check("bad\u0000byte", "en", "SIGNAL", true, null, null, NONE)))
                .extracting(RuleCheck.Problem::key).containsExactly("classifier.error.cleanText");
    }

    @Test
    @DisplayName("R3.1 the same pattern and kind twice is refused (whatever the case, width and spacing), except for the rule itself")
    void duplicates() {
        var stored = List.of(stored(7, "Hacked", RuleKind.SIGNAL));
        assertThat(problems(RuleCheck.check("ＨＡＣＫＥＤ", "en", "SIGNAL", true, null, null, stored)))
                .singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("classifier.error.duplicate");
                    assertThat(p.arguments()).containsExactly("7");
                });
        assertThat(RuleCheck.check("hacked", "en", "SIGNAL", false, null, 7L, stored)).isInstanceOf(RuleCheck.Valid.class);
        assertThat(RuleCheck.check("hacked", "en", "SUPPRESS", true, null, null, stored)).isInstanceOf(RuleCheck.Valid.class);
    }

    @Test
    @DisplayName("R3.1 no more than 500 rules, and no rule set beyond the phrase budget")
    void limits() {
        var full = new ArrayList<StoredRule>();
        IntStream.range(0, RuleCheck.MAX_RULES).forEach(i -> full.add(stored(i, "rule" + i, RuleKind.SIGNAL)));
        assertThat(problems(RuleCheck.check("one more", "en", "SIGNAL", true, null, null, full)))
                .extracting(RuleCheck.Problem::key).containsExactly("classifier.error.tooMany");
        assertThat(RuleCheck.check("changed", "en", "SIGNAL", true, null, 3L, full)).isInstanceOf(RuleCheck.Valid.class);

        // 4 parts of 256 spellings of ~46 characters, distinct per rule: ~47 000 phrase characters per rule
        var big = new ArrayList<StoredRule>();
        IntStream.range(0, 4).forEach(i -> big.add(stored(i, broad(i), RuleKind.SIGNAL)));
        assertThat(RuleSet.compile(big.stream().map(StoredRule::definition).toList()).phraseChars())
                .isBetween(RuleCheck.MAX_PHRASE_CHARS - 50_000, RuleCheck.MAX_PHRASE_CHARS);
        assertThat(problems(RuleCheck.check(broad(4), "en", "SIGNAL", true, null, null, big)))
                .extracting(RuleCheck.Problem::key).containsExactly("classifier.error.tooBroad");
    }

    @Test
    @DisplayName("R3.1 every refusal the check or the parser can produce has a sentence in English and in Japanese")
    void everyProblemWorded() {
        var keys = new ArrayList<>(List.of("classifier.error.required", "classifier.error.cleanText", "classifier.error.tooLong",
                "classifier.error.language", "classifier.error.kind", "classifier.error.duplicate", "classifier.error.tooMany",
                "classifier.error.tooBroad", "error.ClassifierRuleNotFoundException"));
        for (var kind : PatternProblem.Kind.values()) {
            keys.add("classifier.problem." + kind.name());
        }
        for (var locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            var bundle = ResourceBundle.getBundle("io.guarddesk.messages", locale);
            for (var key : keys) {
                assertThat(bundle.containsKey(key)).as(key + " in " + locale).isTrue();
            }
        }
        assertThat(ResourceBundle.getBundle("io.guarddesk.messages", Locale.JAPANESE).getString("classifier.problem.REGEX"))
                .isNotEqualTo(ResourceBundle.getBundle("io.guarddesk.messages", Locale.ENGLISH).getString("classifier.problem.REGEX"));
    }

    private static String broad(int rule) {
        return String.join(" ... ", IntStream.range(0, 4)
                .mapToObj(p -> "(a|b|c|d)(e|f|g|h)(i|j|k|l)(m|n|o|p) " + "x".repeat(40) + rule + "y" + p).toList());
    }

    private static StoredRule stored(long id, String pattern, RuleKind kind) {
        return new StoredRule(id, new RuleDefinition(pattern, RuleLanguage.EN, kind, true, null));
    }

    private static List<RuleCheck.Problem> problems(RuleCheck.Outcome outcome) {
        assertThat(outcome).isInstanceOf(RuleCheck.Invalid.class);
        return ((RuleCheck.Invalid) outcome).problems();
    }
}
