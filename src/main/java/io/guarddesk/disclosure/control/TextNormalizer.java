package io.guarddesk.disclosure.control;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds a text to the form identifiers are matched in (R2.4) with {@link FoldTable}, keeping for
 * every folded character the range of the original text it came from (R2.5).
 *
 * <p>The hot path is one table read per character and allocates nothing when the scan reuses this
 * thread's arrays ({@link #normalizeReusing}).
 */
final class TextNormalizer {

    static final int REUSED_UP_TO = 1 << 16;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(() -> new Scratch(4096));

    private TextNormalizer() {
    }

    private static final class Scratch {
        final char[] src;
        final char[] out;
        final int[] from;
        final int[] to;

        Scratch(int capacity) {
            src = new char[capacity];
            out = new char[capacity];
            from = new int[capacity];
            to = new int[capacity];
        }
    }

    static NormalizedText normalize(String text) {
        return normalize(text, null);
    }

    /**
     * For the send-time scan and the intake mask: the arrays are this thread's, reused for every text
     * up to {@link #REUSED_UP_TO} characters (allocating and zeroing ~250 KB per 20 KB reply showed in
     * the scan's latency and its GC pauses). The result is valid until the next call on this thread,
     * so nothing may keep it beyond one scan.
     */
    static NormalizedText normalizeReusing(String text) {
        if (text.length() > REUSED_UP_TO) {
            return normalize(text, null);
        }
        Scratch scratch = SCRATCH.get();
        if (scratch.out.length < text.length() + 8) {
            scratch = new Scratch(Math.max(text.length() + 8, scratch.out.length * 2));
            SCRATCH.set(scratch);
        }
        return normalize(text, scratch);
    }

    private static NormalizedText normalize(String text, Scratch scratch) {
        int n = text.length();
        char[] src = scratch == null ? new char[n] : scratch.src;
        text.getChars(0, n, src, 0);
        char[] out = scratch == null ? new char[n + 8] : scratch.out;
        int[] from = scratch == null ? new int[n + 8] : scratch.from;
        int[] to = scratch == null ? new int[n + 8] : scratch.to;
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = src[i];
            // no shortcut for kanji: a range test mispredicts at each change of script, the table read does not
            char t = FoldTable.TABLE[c];
            if (t < FoldTable.VOICED_MARK && len < out.length) {
                out[len] = t;
                from[len] = i;
                to[len] = i + 1;
                len++;
                continue;
            }
            if (t < FoldTable.VOICED_MARK) {
                out = grow(out); from = grow(from); to = grow(to);
                out[len] = t; from[len] = i; to[len] = i + 1; len++;
                continue;
            }
            if (t == FoldTable.DROP) {
                continue;
            }
            if (t == FoldTable.VOICED_MARK || t == FoldTable.SEMI_VOICED_MARK) {
                if (len > 0 && out[len - 1] >= 0x30A0 && out[len - 1] < 0x3100) {
                    char v = (t == FoldTable.VOICED_MARK ? FoldTable.VOICED : FoldTable.SEMI_VOICED)[out[len - 1] - 0x30A0];
                    if (v != 0) {
                        out[len - 1] = v;
                        to[len - 1] = i + 1;
                    }
                }
                continue;
            }
            // FoldTable.COMPLEX: a multi-character NFKC form, or a surrogate pair (e.g. mathematical letters)
            String expansion;
            int end = i + 1;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                expansion = Normalizer.normalize(text.substring(i, i + 2), Normalizer.Form.NFKC);
                end = i + 2;
            } else {
                expansion = FoldTable.EXPANSIONS.getOrDefault(c, "");
            }
            for (int k = 0; k < expansion.length(); k++) {
                char e = FoldTable.TABLE[expansion.charAt(k)];
                if (e >= FoldTable.VOICED_MARK) {
                    continue;
                }
                if (len == out.length) {
                    out = grow(out); from = grow(from); to = grow(to);
                }
                out[len] = e; from[len] = i; to[len] = end; len++;
            }
            i = end - 1;
        }
        return new NormalizedText(text, out, len, from, to);
    }

    /** The folded form of a value from the directory (no offsets needed). */
    static String fold(String value) {
        NormalizedText t = normalize(value);
        return new String(t.chars, 0, t.length);
    }

    private static char[] grow(char[] a) {
        return Arrays.copyOf(a, a.length * 2 + 16);
    }

    private static int[] grow(int[] a) {
        return Arrays.copyOf(a, a.length * 2 + 16);
    }
}
