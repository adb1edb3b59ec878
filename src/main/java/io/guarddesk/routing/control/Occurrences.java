package io.guarddesk.routing.control;

import java.util.Arrays;

/**
 * Where the phrases of the rules occur in one folded text (filled by one {@link PhraseIndex} scan),
 * and where whole rules match: their parts joined across gaps ({@code ...}, same sentence, at most
 * {@value PhrasePattern#MAX_GAP} characters) and word rests ({@code *}). Spans are packed longs,
 * start in the high half, end (exclusive) in the low half.
 */
final class Occurrences implements PhraseIndex.Sink {

    /**
     * Beyond this many occurrences of one phrase in one text the rest are ignored: a text that
     * repeats a phrase thousands of times is hostile, and this bounds the work the gaps cost.
     */
    static final int MAX_HITS_PER_PHRASE = 4096;
    private static final long[] NO_SPANS = new long[0];

    private final String text;
    private final int[][] at;
    private final int[] count;
    private boolean any;

    Occurrences(String text, int texts) {
        this.text = text;
        this.at = new int[texts][];
        this.count = new int[texts];
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

    boolean any() {
        return any;
    }

    /**
     * Where the rule matches, as packed (start, end) spans. For each end only the latest start is
     * kept: the shortest match ending there, which any suppressor overlapping a longer one also
     * overlaps, so "is some match free of suppressors" is answered exactly.
     */
    long[] spans(PhraseRef[][][] parts) {
        long[] chain = null;
        for (PhraseRef[][] part : parts) {
            long[] before = chain == null ? null : shortestByEnd(chain);
            long[] reached = NO_SPANS;
            for (PhraseRef[] spelling : part) {
                long[] spelled = occurrences(spelling[0], before, false);
                for (int k = 1; k < spelling.length && spelled.length > 0; k++) {
                    spelled = occurrences(spelling[k], shortestByEnd(spelled), true);
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
    private long[] occurrences(PhraseRef ref, long[] before, boolean restOfWord) {
        long[] found = NO_SPANS;
        int n = 0;
        int[] pairs = at[ref.textId()];
        for (int h = 0; h < count[ref.textId()]; h++) {
            int start = pairs[2 * h];
            int end = pairs[2 * h + 1];
            if (!fits(ref, start, end)) {
                continue;
            }
            int from = before == null ? start : reach(before, lowestEnd(start, restOfWord), start);
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
    private int lowestEnd(int start, boolean restOfWord) {
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

    private boolean fits(PhraseRef ref, int start, int end) {
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

    static int start(long span) {
        return (int) (span >>> 32);
    }

    static int end(long span) {
        return (int) span;
    }
}
