package io.guarddesk.routing.control;

import io.guarddesk.routing.entity.RuleKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The enabled rules, compiled: immutable, shared by every thread, rebuilt as a whole when the rules
 * change. Classifying folds the subject and the body, finds every phrase of every rule in one pass
 * ({@link PhraseIndex}), then joins the parts of each rule across its gaps.
 *
 * <p>A signal fires when one of its matches overlaps no suppressing match; the subject and the body
 * are matched separately, so a gap never joins the end of one to the start of the other.
 */
public final class RuleSet {

    private final PhraseIndex index;
    private final int texts;
    private final long phraseChars;
    private final List<Rule> signals;
    private final List<Rule> suppressors;
    private final List<Skipped> skipped;

    /** A rule left out because its pattern no longer parses (a rule stored before a syntax change). */
    public record Skipped(String pattern, PatternProblem problem) {
    }

    private record Rule(String pattern, PhraseRef[][][] parts) {
    }

    private RuleSet(PhraseIndex index, List<String> texts, List<Rule> signals, List<Rule> suppressors, List<Skipped> skipped) {
        this.index = index;
        this.texts = texts.size();
        this.phraseChars = texts.stream().mapToLong(String::length).sum();
        this.signals = List.copyOf(signals);
        this.suppressors = List.copyOf(suppressors);
        this.skipped = List.copyOf(skipped);
    }

    /** Compiles the enabled definitions; one that does not parse is skipped and reported, never fatal. */
    public static RuleSet compile(List<RuleDefinition> definitions) {
        Map<String, Integer> textIds = new LinkedHashMap<>();
        List<Rule> signals = new ArrayList<>();
        List<Rule> suppressors = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (RuleDefinition definition : definitions) {
            if (!definition.enabled()) {
                continue;
            }
            PhrasePattern pattern;
            try {
                pattern = PhrasePattern.parse(definition.pattern());
            } catch (PatternProblem problem) {
                skipped.add(new Skipped(definition.pattern(), problem));
                continue;
            }
            PhraseRef[][][] parts = new PhraseRef[pattern.parts().size()][][];
            for (int p = 0; p < parts.length; p++) {
                parts[p] = pattern.parts().get(p).stream()
                        .map(spelling -> spelling.phrases().stream()
                                .map(phrase -> new PhraseRef(textIds.computeIfAbsent(phrase.text(), t -> textIds.size()),
                                        phrase.wholeWordStart(), phrase.wholeWordEnd()))
                                .toArray(PhraseRef[]::new))
                        .toArray(PhraseRef[][]::new);
            }
            (definition.kind() == RuleKind.SIGNAL ? signals : suppressors).add(new Rule(definition.pattern(), parts));
        }
        List<String> texts = new ArrayList<>(textIds.keySet());
        return new RuleSet(new PhraseIndex(texts), texts, signals, suppressors, skipped);
    }

    public Classification classify(String subject, String body) {
        return explain(subject, body).classification();
    }

    public Trial explain(String subject, String body) {
        Set<String> fired = new LinkedHashSet<>();
        Set<String> suppressedBy = new LinkedHashSet<>();
        for (String text : new String[]{TextFolding.fold(subject), TextFolding.fold(body)}) {
            if (!text.isEmpty()) {
                evaluate(text, fired, suppressedBy);
            }
        }
        return new Trial(new Classification(!fired.isEmpty(), List.copyOf(fired)), List.copyOf(suppressedBy));
    }

    public int signals() {
        return signals.size();
    }

    public int suppressors() {
        return suppressors.size();
    }

    public List<Skipped> skipped() {
        return skipped;
    }

    /**
     * Characters of all distinct phrases after expansion: what the automaton's size follows (about
     * a hundred bytes per character), so admins' rules can be held to a memory budget.
     */
    public long phraseChars() {
        return phraseChars;
    }

    private void evaluate(String text, Set<String> fired, Set<String> suppressedBy) {
        Occurrences hits = new Occurrences(text, texts);
        index.scan(text, hits);
        if (!hits.any()) {
            return;
        }
        long[][] suppressing = new long[suppressors.size()][];
        for (int i = 0; i < suppressing.length; i++) {
            suppressing[i] = hits.spans(suppressors.get(i).parts());
        }
        for (Rule signal : signals) {
            if (fired.contains(signal.pattern())) {
                continue;
            }
            Set<String> explainedBy = new LinkedHashSet<>();
            boolean free = false;
            for (long span : hits.spans(signal.parts())) {
                int by = overlapping(span, suppressing);
                if (by < 0) {
                    free = true;
                    break;
                }
                explainedBy.add(suppressors.get(by).pattern());
            }
            if (free) {
                fired.add(signal.pattern());
            } else {
                suppressedBy.addAll(explainedBy);
            }
        }
    }

    private static int overlapping(long span, long[][] suppressing) {
        int start = Occurrences.start(span);
        int end = Occurrences.end(span);
        for (int i = 0; i < suppressing.length; i++) {
            for (long other : suppressing[i]) {
                if (Occurrences.start(other) < end && start < Occurrences.end(other)) {
                    return i;
                }
            }
        }
        return -1;
    }

}
