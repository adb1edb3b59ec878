package io.guarddesk.disclosure.control;

/**
 * Finds Japanese holder names (R2.4) inside Japanese text, where no space marks where a name ends
 * ({@code 山田花子様のログインIDは}), written with or without a space, in kanji or kana (hiragana
 * is folded to katakana). A run of CJK characters (single spaces and {@code ・} inside it are
 * skipped) is looked up at a position only for the lengths the two-character prefilter allows.
 */
final class CjkNames {

    private CjkNames() {
    }

    static void match(NormalizedText text, Tokens tokens, Lookup lookup, Hits hits) {
        char[] c = text.chars;
        int r = 0;
        while (r < tokens.cjkCount) {
            int last = r;
            while (last + 1 < tokens.cjkCount && skippable(c, tokens.cjkEnd[last], tokens.cjkStart[last + 1])) {
                last++;
            }
            if (last == r) {
                // the common case, a run without a space inside: read in place, no copy
                scanRun(c, null, tokens.cjkStart[r], tokens.cjkEnd[r], lookup, hits);
            } else {
                int length = tokens.cjkEnd[last] - tokens.cjkStart[r];
                char[] run = new char[length];
                int[] pos = new int[length];
                int len = 0;
                for (int k = r; k <= last; k++) {
                    for (int i = tokens.cjkStart[k]; i < tokens.cjkEnd[k]; i++) {
                        run[len] = c[i];
                        pos[len++] = i;
                    }
                }
                scanRun(run, pos, 0, len, lookup, hits);
            }
            r = last + 1;
        }
    }

    /** A name may be written with a space or a middle dot inside: up to two such characters join two runs. */
    private static boolean skippable(char[] c, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!(Chars.isSpace(c[i]) || c[i] == '\u30FB')) {
                return false;
            }
        }
        return true;
    }

    /** Names in {@code run[from, to)}; {@code pos} maps a run index to the text, or null when they coincide. */
    private static void scanRun(char[] run, int[] pos, int from, int to, Lookup lookup, Hits hits) {
        for (int p = from; p + 1 < to; p++) {
            int lengths = lookup.cjkLengths(run[p], run[p + 1]);
            if (lengths == 0) {
                continue;
            }
            int longest = Math.min(to - p, NamePrefilters.longestCjk(lengths));
            long h = Hash64.CJK_NAME;
            for (int l = 1; l <= longest; l++) {
                h = Hash64.step(h, run[p + l - 1]);
                if (NamePrefilters.hasCjkLength(lengths, l)) {
                    long key = Hash64.finish(h);
                    int kind = lookup.kindOf(key);
                    if (kind >= 0) {
                        int end = p + l - 1;
                        hits.add(kind, pos == null ? p : pos[p], (pos == null ? end : pos[end]) + 1, key);
                    }
                }
            }
        }
    }
}
