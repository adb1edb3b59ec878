package io.guarddesk.routing.boundary;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.guarddesk.platform.JsonBodies;
import io.guarddesk.routing.control.DefaultRules;
import io.guarddesk.routing.control.RuleCheck;
import io.guarddesk.routing.control.RuleDefinition;
import io.guarddesk.routing.control.RuleSet;
import io.guarddesk.routing.control.StoredRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7.3 for the classifier: an admin's rule (API body or page) is checked as {@code ClassifierRules}
 * checks it, every problem worded from the bundles, and a rule that passes compiles and classifies
 * any text. Patterns are built from the syntax's own pieces as well as from raw fuzz, so the
 * parser's corners (nesting, gaps, stars, empty alternatives) are reached.
 */
public final class RuleInputFuzzTarget {

    private static final List<RuleDefinition> DEFAULTS = DefaultRules.load();
    private static final List<String> PIECES = List.of("(", ")", "|", "*", "...", " ", "hack", "sign", "up", "不正", "ログイン",
            "アクセス", "身に覚えのない", "の", "ａ", "\u3000", "..", "**", "()", "(|)");

    private RuleInputFuzzTarget() {
    }

    public static void fuzz(FuzzedDataProvider data) {
        RuleInput input;
        if (data.consumeBoolean()) {
            var bound = JsonBodies.bind(JsonBodies.body(data, RuleInput.class), RuleInput.class);
            if (bound.isEmpty()) {
                return;
            }
            input = bound.get();
        } else {
            input = new RuleInput(pattern(data), data.pickValue(List.of("ja", "en", "any", " EN ", "")),
                    data.pickValue(List.of("SIGNAL", "suppressor", "x")), data.consumeBoolean() ? null : data.consumeBoolean(),
                    data.consumeBoolean() ? null : data.consumeString(600));
        }
        // a prefix of the defaults as the stored rules: the duplicate and budget checks run against them
        int kept = data.consumeInt(0, 40);
        var stored = IntStream.range(0, Math.min(kept, DEFAULTS.size())).mapToObj(i -> new StoredRule(i + 1, DEFAULTS.get(i))).toList();
        Long replacing = data.consumeBoolean() ? null : (long) data.consumeInt(0, kept);
        var locale = data.pickValue(List.of(Locale.JAPANESE, Locale.ENGLISH));

        var outcome = RuleCheck.check(input.getPattern(), input.getLanguage(), input.getKind(), input.getEnabled(), input.getNote(),
                replacing, stored);
        if (outcome instanceof RuleCheck.Invalid invalid) {
            assertThat(invalid.problems()).isNotEmpty();
            // worded as the boundary words them for the 400's field list
            invalid.problems().forEach(p -> assertThat(RuleTexts.of(locale, p.key(), p.arguments().toArray())).isNotBlank());
            return;
        }
        var rules = new ArrayList<>(stored.stream().map(StoredRule::definition).toList());
        rules.add(((RuleCheck.Valid) outcome).rule());
        var compiled = RuleSet.compile(rules);
        assertThat(compiled.skipped()).as("a rule that passed the check compiles").isEmpty();
        compiled.explain(data.consumeString(300), data.consumeRemainingAsString());
    }

    private static String pattern(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            return data.consumeString(600);
        }
        var pattern = new StringBuilder();
        for (int i = data.consumeInt(1, 30); i > 0; i--) {
            pattern.append(data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(6));
        }
        return pattern.toString();
    }
}
