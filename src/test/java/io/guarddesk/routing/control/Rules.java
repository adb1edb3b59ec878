package io.guarddesk.routing.control;

import io.guarddesk.routing.entity.RuleKind;
import io.guarddesk.routing.entity.RuleLanguage;

import java.util.ArrayList;
import java.util.List;

/** Small rule sets for tests: {@code Rules.signal("x").suppress("y").compile()}. */
final class Rules {

    private final List<RuleDefinition> definitions = new ArrayList<>();

    static Rules signal(String pattern) {
        return new Rules().andSignal(pattern);
    }

    Rules andSignal(String pattern) {
        definitions.add(new RuleDefinition(pattern, RuleLanguage.ANY, RuleKind.SIGNAL, true, null));
        return this;
    }

    Rules suppress(String pattern) {
        definitions.add(new RuleDefinition(pattern, RuleLanguage.ANY, RuleKind.SUPPRESS, true, null));
        return this;
    }

    Rules disabled(String pattern) {
        definitions.add(new RuleDefinition(pattern, RuleLanguage.ANY, RuleKind.SIGNAL, false, null));
        return this;
    }

    List<RuleDefinition> definitions() {
        return List.copyOf(definitions);
    }

    RuleSet compile() {
        return RuleSet.compile(definitions);
    }

    boolean tags(String body) {
        return compile().classify("", body).security();
    }
}
