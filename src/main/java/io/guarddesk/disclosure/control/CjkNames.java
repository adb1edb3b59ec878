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

    static void match(NormalizedText text, Lookup lookup, Hits hits) {
        char[] c = text.chars;
        int n = text.length;
        char[] run = null;
        int[] pos = null;
        int len = 0;
        int gap = 0;
        for (int i = 0; i <= n; i++) {
            char ch = i < n ? c[i] : '\0';
            if (Chars.isCjk(ch)) {
                if (run == null) {
                    run = new char[n];
                    pos = new int[n];
                }
                run[len] = ch;
                pos[len++] = i;
                gap = 0;
            } else if (len > 0 && gap < 2 && (Chars.isSpace(ch) || ch == '\u30FB')) {
                gap++;
            } else {
                if (len >= 2) {
                    scanRun(run, pos, len, lookup, hits);
                }
                len = 0;
                gap = 0;
            }
        }
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
