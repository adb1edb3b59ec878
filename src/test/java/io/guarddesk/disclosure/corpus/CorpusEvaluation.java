package io.guarddesk.disclosure.corpus;

import io.guarddesk.disclosure.control.Finding;
import io.guarddesk.disclosure.control.FindingKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The figures of a guard over the corpus. A positive reply counts as caught when a finding lies in
 * the part where the thing was planted and overlaps it; a clean reply is a false positive when it
 * has any finding. A guard that throws on a reply has neither caught nor passed it: that is an
 * error of its own.
 */
final class CorpusEvaluation {

    /** Kinds that must come out as exactly themselves: they can never be released (R2.7). */
    static final Set<FindingKind> KIND_MUST_MATCH = EnumSet.of(FindingKind.CARD_NUMBER, FindingKind.PASSWORD);

    record Outcome(Sample sample, List<Finding> findings, RuntimeException error) {

        boolean caught() {
            return error == null && matching().findAny().isPresent();
        }

        boolean rightKind() {
            return error == null && matching().anyMatch(f -> f.kind() == sample.planted().kind());
        }

        /** For secrets: refused as something that cannot be released. */
        boolean neverReleasable() {
            return error == null && matching().anyMatch(f -> !f.kind().releasable());
        }

        boolean flagged() {
            return error != null || !findings.isEmpty();
        }

        private java.util.stream.Stream<Finding> matching() {
            Sample.Planted p = sample.planted();
            return findings.stream().filter(f -> f.where() == p.where() && f.start() < p.end() && f.end() > p.start());
        }
    }

    private final List<Outcome> outcomes;

    private CorpusEvaluation(List<Outcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    static CorpusEvaluation of(List<Sample> samples, Function<Sample, List<Finding>> guard) {
        List<Outcome> outcomes = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            try {
                outcomes.add(new Outcome(s, List.copyOf(guard.apply(s)), null));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(s, List.of(), e));
            }
        }
        return new CorpusEvaluation(outcomes);
    }

    List<Outcome> outcomes(Label label) {
        return outcomes.stream().filter(o -> o.sample().label() == label).toList();
    }

    double recall(Label label) {
        return rate(outcomes(label), Outcome::caught);
    }

    double falsePositiveRate() {
        return rate(outcomes(Label.CLEAN), Outcome::flagged);
    }

    List<Outcome> misses(Label label) {
        return outcomes(label).stream().filter(o -> !o.caught()).toList();
    }

    List<Outcome> falsePositives() {
        return outcomes(Label.CLEAN).stream().filter(Outcome::flagged).toList();
    }

    List<Outcome> errors() {
        return outcomes.stream().filter(o -> o.error() != null).toList();
    }

    /** Caught cards and passwords reported under another kind, and caught secrets reported as releasable. */
    List<Outcome> wrongKinds() {
        return outcomes.stream().filter(o -> o.sample().planted() != null && o.caught())
                .filter(o -> (KIND_MUST_MATCH.contains(o.sample().planted().kind()) && !o.rightKind())
                        || (!o.sample().planted().kind().releasable() && !o.neverReleasable()))
                .toList();
    }

    /** What fails the thresholds of GuardCorpusTest; empty when the guard passes. */
    List<String> thresholdFailures() {
        List<String> failures = new ArrayList<>();
        if (recall(Label.EXACT) < 1.0) {
            failures.add("exact recall " + percent(recall(Label.EXACT)) + " < 100 %");
        }
        if (recall(Label.CREDENTIAL) < 0.95) {
            failures.add("credential recall " + percent(recall(Label.CREDENTIAL)) + " < 95 %");
        }
        if (falsePositiveRate() > 0.01) {
            failures.add("false-positive rate " + percent(falsePositiveRate()) + " > 1 %");
        }
        if (!errors().isEmpty()) {
            failures.add(errors().size() + " replies made the guard throw");
        }
        return failures;
    }

    String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "corpus: %d replies (%d exact, %d credential, %d clean)%n", outcomes.size(),
                outcomes(Label.EXACT).size(), outcomes(Label.CREDENTIAL).size(), outcomes(Label.CLEAN).size()));
        b.append(String.format(Locale.ROOT, "recall exact      %s%n", count(outcomes(Label.EXACT), Outcome::caught)));
        b.append(String.format(Locale.ROOT, "recall credential %s%n", count(outcomes(Label.CREDENTIAL), Outcome::caught)));
        b.append(String.format(Locale.ROOT, "false positives   %s%n", count(outcomes(Label.CLEAN), Outcome::flagged)));
        b.append(String.format(Locale.ROOT, "errors            %d%n", errors().size()));
        b.append("per planted kind (caught / right kind):\n");
        groups(o -> o.sample().planted() == null ? null : o.sample().planted().kind().name()).forEach((kind, list) ->
                b.append(String.format(Locale.ROOT, "  %-15s %s   right kind %s%n", kind, count(list, Outcome::caught),
                        count(list, Outcome::rightKind))));
        b.append("per language: ");
        groups(o -> o.sample().lang() + "/" + o.sample().label()).forEach((k, list) ->
                b.append(k).append(' ').append(count(list, o -> o.sample().label() == Label.CLEAN ? !o.flagged() : o.caught()))
                        .append("  "));
        b.append("\nvariants below 100 %:\n");
        groups(o -> o.sample().planted() == null ? null : o.sample().category()).forEach((c, list) -> {
            if (list.stream().anyMatch(o -> !o.caught())) {
                b.append(String.format(Locale.ROOT, "  %-40s %s%n", c, count(list, Outcome::caught)));
            }
        });
        b.append("clean categories with false positives:\n");
        groups(o -> o.sample().planted() == null ? o.sample().category() : null).forEach((c, list) -> {
            if (list.stream().anyMatch(Outcome::flagged)) {
                b.append(String.format(Locale.ROOT, "  %-40s %s%n", c, count(list, Outcome::flagged)));
            }
        });
        return b.toString();
    }

    private Map<String, List<Outcome>> groups(Function<Outcome, String> key) {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        for (Outcome o : outcomes) {
            String k = key.apply(o);
            if (k != null) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
            }
        }
        return groups;
    }

    private static String count(List<Outcome> list, Predicate<Outcome> p) {
        long n = list.stream().filter(p).count();
        return String.format(Locale.ROOT, "%4d/%-4d %7s", n, list.size(), percent(list.isEmpty() ? 0 : (double) n / list.size()));
    }

    private static double rate(List<Outcome> list, Predicate<Outcome> p) {
        return list.isEmpty() ? 0 : (double) list.stream().filter(p).count() / list.size();
    }

    static String percent(double r) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * r);
    }

    /** One reply, readable in a failure message: invisible characters shown as escapes. */
    static String describe(Outcome o) {
        Sample s = o.sample();
        StringBuilder b = new StringBuilder("#" + s.id() + " " + s.lang() + " " + s.category());
        if (s.planted() != null) {
            b.append(" planted in ").append(s.planted().where()).append(": «").append(visible(s.planted().text())).append('»');
        }
        if (o.error() != null) {
            b.append(" THREW ").append(o.error());
        }
        for (Finding f : o.findings()) {
            String text = s.text(f.where());
            String found = f.start() >= 0 && f.end() <= text.length() && f.start() <= f.end()
                    ? text.substring(f.start(), f.end()) : "<offsets outside the text>";
            b.append("\n    found ").append(f.kind()).append(" in ").append(f.where()).append(" [").append(f.start())
                    .append(',').append(f.end()).append(") «").append(visible(found)).append("» masked ").append(f.masked());
        }
        return b.toString();
    }

    static String visible(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (Character.getType(c) == Character.FORMAT || c < ' ' || (c >= 0x0370 && c < 0x0530)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
