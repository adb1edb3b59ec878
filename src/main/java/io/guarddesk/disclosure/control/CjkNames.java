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
        if (tokens.cjkCount == 0) {
            return;
        }
        char[] c = text.chars;
        char[] run = new char[text.length];
        int[] pos = new int[text.length];
        int len = 0;
        for (int r = 0; r < tokens.cjkCount; r++) {
            int s = tokens.cjkStart[r];
            if (len > 0 && !skippable(c, tokens.cjkEnd[r - 1], s)) {
                scanRun(run, pos, len, lookup, hits);
                len = 0;
            }
            for (int i = s; i < tokens.cjkEnd[r]; i++) {
                run[len] = c[i];
                pos[len++] = i;
            }
        }
        scanRun(run, pos, len, lookup, hits);
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

    private static void scanRun(char[] run, int[] pos, int len, Lookup lookup, Hits hits) {
        for (int p = 0; p + 1 < len; p++) {
            int lengths = lookup.cjkLengths(run[p], run[p + 1]);
            if (lengths == 0) {
                continue;
            }
            int longest = Math.min(len - p, 31 - Integer.numberOfLeadingZeros(lengths));
            long h = Hash64.CJK_NAME;
            for (int l = 1; l <= longest; l++) {
                h = Hash64.step(h, run[p + l - 1]);
                if ((lengths & 1 << l) != 0) {
                    long key = Hash64.finish(h);
                    int kind = lookup.kindOf(key);
                    if (kind >= 0) {
                        hits.add(kind, pos[p], pos[p + l - 1] + 1, key);
                    }
                }
            }
        }
    }
}
