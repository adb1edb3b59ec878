package io.guarddesk.routing.control;

import io.guarddesk.platform.CleanTextValidator;
import io.guarddesk.routing.entity.RuleKind;
import io.guarddesk.routing.entity.RuleLanguage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks an admin's rule before it is stored: every field, the pattern's syntax, duplicates, and
 * the budget of the whole rule set. Problems are bundle keys with arguments, so the boundary words
 * them in the admin's language; nothing here knows any wording.
 */
public final class RuleCheck {

    public static final int MAX_RULES = 500;
    /** About 20 MB of automaton; the defaults use a small fraction of it. */
    public static final long MAX_PHRASE_CHARS = 200_000;
    public static final int MAX_NOTE = 500;

    /**
     * Something to fix: the field it is in, the bundle key that explains it, the key's arguments
     * (strings, so that a message format never groups the digits of a rule id).
     */
    public record Problem(String field, String key, List<String> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        static Problem of(String field, String key, String... arguments) {
            return new Problem(field, key, List.of(arguments));
        }
    }

    /** Either the rule to store or everything wrong with it. */
    public sealed interface Outcome permits Valid, Invalid {
    }

    public record Valid(RuleDefinition rule) implements Outcome {
    }

    public record Invalid(List<Problem> problems) implements Outcome {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    private RuleCheck() {
    }

    /**
     * @param replacing the id of the rule being changed, or null for a new rule
     * @param stored    every stored rule
     */
    public static Outcome check(String pattern, String language, String kind, Boolean enabled, String note, Long replacing,
                                List<StoredRule> stored) {
        List<Problem> problems = new ArrayList<>();
        checkPattern(pattern, problems);
        var parsedLanguage = RuleLanguage.of(language);
        if (parsedLanguage.isEmpty()) {
            problems.add(Problem.of("language", "classifier.error.language"));
        }
        var parsedKind = kind(kind);
        if (parsedKind.isEmpty()) {
            problems.add(Problem.of("kind", "classifier.error.kind"));
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            problems.add(Problem.of("note", "classifier.error.tooLong", String.valueOf(MAX_NOTE)));
        } else if (cleanNote != null && !CleanTextValidator.isClean(cleanNote, false)) {
            problems.add(Problem.of("note", "classifier.error.cleanText"));
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        var rule = new RuleDefinition(pattern.strip(), parsedLanguage.get(), parsedKind.get(), enabled == null || enabled, cleanNote);
        duplicateOf(rule, replacing, stored).ifPresent(id -> problems.add(Problem.of("pattern", "classifier.error.duplicate", String.valueOf(id))));
        if (replacing == null && stored.size() >= MAX_RULES) {
            problems.add(Problem.of("pattern", "classifier.error.tooMany", String.valueOf(MAX_RULES)));
        }
        if (problems.isEmpty() && tooBroad(rule, replacing, stored)) {
            problems.add(Problem.of("pattern", "classifier.error.tooBroad"));
        }
        return problems.isEmpty() ? new Valid(rule) : new Invalid(problems);
    }

    private static void checkPattern(String pattern, List<Problem> problems) {
        if (pattern == null || pattern.isBlank()) {
            problems.add(Problem.of("pattern", "classifier.error.required"));
            return;
        }
        if (!CleanTextValidator.isClean(pattern, false)) {
            problems.add(Problem.of("pattern", "classifier.error.cleanText"));
            return;
        }
        try {
            PhrasePattern.parse(pattern.strip());
        } catch (PatternProblem problem) {
            problems.add(Problem.of("pattern", "classifier.problem." + problem.kind().name(), problem.detail()));
        }
    }

    private static Optional<RuleKind> kind(String kind) {
        if (kind == null) {
            return Optional.empty();
        }
        for (var candidate : RuleKind.values()) {
            if (candidate.name().equals(kind.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The same pattern as folded (case, width, spacing) and of the same kind, in another rule. */
    private static Optional<Long> duplicateOf(RuleDefinition rule, Long replacing, List<StoredRule> stored) {
        String folded = TextFolding.fold(rule.pattern());
        return stored.stream()
                .filter(s -> replacing == null || s.id() != replacing)
                .filter(s -> s.definition().kind() == rule.kind())
                .filter(s -> TextFolding.fold(s.definition().pattern()).equals(folded))
                .map(StoredRule::id)
                .findFirst();
    }

    private static boolean tooBroad(RuleDefinition rule, Long replacing, List<StoredRule> stored) {
        List<RuleDefinition> after = new ArrayList<>();
        stored.stream().filter(s -> replacing == null || s.id() != replacing).map(StoredRule::definition).forEach(after::add);
        after.add(rule);
        return RuleSet.compile(after).phraseChars() > MAX_PHRASE_CHARS;
    }
}
