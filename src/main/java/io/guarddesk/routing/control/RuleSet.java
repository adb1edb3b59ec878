package io.guarddesk.routing.control;

import io.guarddesk.routing.entity.RuleKind;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Beyond this many occurrences of one phrase in one text the rest are ignored: a text that
     * repeats a phrase thousands of times is hostile, and this bounds the work the gaps cost.
     */
    static final int MAX_HITS_PER_PHRASE = 4096;
    private static final long[] NO_SPANS = new long[0];

    private final PhraseIndex index;
    private final int texts;
    private final long phraseChars;
    private final List<Rule> signals;
    private final List<Rule> suppressors;
    private final List<Skipped> skipped;

    /** A rule left out because its pattern no longer parses (a rule stored before a syntax change). */
    public record Skipped(String pattern, PatternProblem problem) {
    }

    private record Ref(int textId, boolean wordStart, boolean wordEnd) {
    }

    private record Rule(String pattern, Ref[][][] parts) {
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
            Ref[][][] parts = new Ref[pattern.parts().size()][][];
            for (int p = 0; p < parts.length; p++) {
                parts[p] = pattern.parts().get(p).stream()
                        .map(spelling -> spelling.phrases().stream()
                                .map(phrase -> new Ref(textIds.computeIfAbsent(phrase.text(), t -> textIds.size()),
                                        phrase.wholeWordStart(), phrase.wholeWordEnd()))
                                .toArray(Ref[]::new))
                        .toArray(Ref[][]::new);
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
        Hits hits = new Hits(texts);
        index.scan(text, hits);
        if (!hits.any) {
            return;
        }
        long[][] suppressing = new long[suppressors.size()][];
        for (int i = 0; i < suppressing.length; i++) {
            suppressing[i] = spans(suppressors.get(i), text, hits);
        }
        for (Rule signal : signals) {
            if (fired.contains(signal.pattern())) {
                continue;
            }
            Set<String> explainedBy = new LinkedHashSet<>();
            boolean free = false;
            for (long span : spans(signal, text, hits)) {
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
        int start = start(span);
        int end = end(span);
        for (int i = 0; i < suppressing.length; i++) {
            for (long other : suppressing[i]) {
                if (start(other) < end && start < end(other)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Where the rule matches, as packed (start, end) spans. For each end only the latest start is
     * kept: the shortest match ending there, which any suppressor overlapping a longer one also
     * overlaps, so "is some match free of suppressors" is answered exactly.
     */
    private static long[] spans(Rule rule, String text, Hits hits) {
        long[] chain = null;
        for (Ref[][] part : rule.parts()) {
            long[] before = chain == null ? null : shortestByEnd(chain);
            long[] reached = NO_SPANS;
            for (Ref[] spelling : part) {
                long[] spelled = occurrences(spelling[0], text, hits, before, false);
                for (int k = 1; k < spelling.length && spelled.length > 0; k++) {
                    spelled = occurrences(spelling[k], text, hits, shortestByEnd(spelled), true);
                }
                reached = concat(reached, spelled);
            }
            if (reached.length == 0) {
                return NO_SPANS;
            }
            chain = reached;
        }
        return chain;
    }

    /**
     * The phrase's occurrences; when there is a previous match, only those it reaches: across a gap
     * of the same sentence, or ({@code restOfWord}) across the letters a {@code *} stands for.
     */
    private static long[] occurrences(Ref ref, String text, Hits hits, long[] before, boolean restOfWord) {
        long[] found = NO_SPANS;
        int n = 0;
        int[] at = hits.at[ref.textId()];
        for (int h = 0; h < hits.count[ref.textId()]; h++) {
            int start = at[2 * h];
            int end = at[2 * h + 1];
            if (!fits(text, ref, start, end)) {
                continue;
            }
            int from = before == null ? start : reach(before, lowestEnd(text, start, restOfWord), start);
            if (from < 0) {
                continue;
            }
            if (n == found.length) {
                found = Arrays.copyOf(found, Math.max(8, n * 2));
            }
            found[n++] = pack(from, end);
        }
        return n == found.length ? found : Arrays.copyOf(found, n);
    }

    /** Where a previous match may end at the earliest for a phrase starting at {@code start}. */
    private static int lowestEnd(String text, int start, boolean restOfWord) {
        if (restOfWord) {
            int lowest = start;
            while (lowest > 0 && start - lowest < PhrasePattern.MAX_WORD_REST && TextFolding.isWordChar(text.charAt(lowest - 1))) {
                lowest--;
            }
            return lowest;
        }
        int lowest = Math.max(0, start - PhrasePattern.MAX_GAP);
        for (int i = start - 1; i >= lowest; i--) {
            if (isSentenceEnd(text.charAt(i))) {
                return i + 1;
            }
        }
        return lowest;
    }

    /** The latest start of a previous match ending in [lowest, start], or -1. */
    private static int reach(long[] before, int lowest, int start) {
        int best = -1;
        for (int i = firstEndAtLeast(before, lowest); i < before.length && end(before[i]) <= start; i++) {
            best = Math.max(best, start(before[i]));
        }
        return best;
    }

    private static long[] concat(long[] a, long[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Sorted by end, one span per end: the one with the latest start. */
    private static long[] shortestByEnd(long[] spans) {
        long[] byEnd = new long[spans.length];
        for (int i = 0; i < spans.length; i++) {
            byEnd[i] = ((long) end(spans[i]) << 32) | start(spans[i]);
        }
        Arrays.sort(byEnd);
        int n = 0;
        for (int i = 0; i < byEnd.length; i++) {
            if (i + 1 < byEnd.length && (byEnd[i + 1] >>> 32) == (byEnd[i] >>> 32)) {
                continue;
            }
            byEnd[n++] = pack((int) byEnd[i], (int) (byEnd[i] >>> 32));
        }
        return Arrays.copyOf(byEnd, n);
    }

    private static int firstEndAtLeast(long[] sortedByEnd, int end) {
        int low = 0;
        int high = sortedByEnd.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (end(sortedByEnd[mid]) < end) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean fits(String text, Ref ref, int start, int end) {
        if (ref.wordStart() && start > 0 && TextFolding.isWordChar(text.charAt(start - 1))) {
            return false;
        }
        return !ref.wordEnd() || end >= text.length() || !TextFolding.isWordChar(text.charAt(end));
    }

    /** Folding turned ！？ into !? already; 。 stays. */
    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '。';
    }

    private static long pack(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static int start(long span) {
        return (int) (span >>> 32);
    }

    private static int end(long span) {
        return (int) span;
    }

    /** Occurrences of each phrase text in one text, as start/end pairs. */
    private static final class Hits implements PhraseIndex.Sink {
        final int[][] at;
        final int[] count;
        boolean any;

        Hits(int texts) {
            at = new int[texts][];
            count = new int[texts];
        }

        @Override
        public void hit(int textId, int start, int end) {
            int n = count[textId];
            if (n >= MAX_HITS_PER_PHRASE) {
                return;
            }
            int[] pairs = at[textId];
            if (pairs == null) {
                pairs = at[textId] = new int[8];
            } else if (2 * n + 2 > pairs.length) {
                pairs = at[textId] = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[2 * n] = start;
            pairs[2 * n + 1] = end;
            count[textId] = n + 1;
            any = true;
        }
    }
}
