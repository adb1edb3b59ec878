package io.guarddesk.disclosure.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds Latin holder names (R2.4) in either order ({@code Hanako Yamada}, {@code YAMADA, hanako}):
 * windows of two to four words are hashed, words sorted, only when every word of the window is in
 * the name-word bitmap, which ordinary prose words almost never are.
 */
final class LatinNames {

    static final int MAX_WORDS = 4;

    private final NormalizedText text;
    private final Lookup lookup;
    private final Hits hits;

    private final int[] ws = new int[MAX_WORDS];
    private final int[] we = new int[MAX_WORDS];
    /** How many of the last words are name words joined to each other (ring of MAX_WORDS). */
    private int run;
    private int count;

    private LatinNames(NormalizedText text, Lookup lookup, Hits hits) {
        this.text = text;
        this.lookup = lookup;
        this.hits = hits;
    }

    static void match(NormalizedText text, Tokens tokens, Lookup lookup, Hits hits) {
        new LatinNames(text, lookup, hits).run(tokens);
    }

    /** Words of a folded name from the directory, split as the scanner splits text. */
    static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (!Chars.isLatinLetter(folded.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < folded.length() && Chars.isLatinLetter(folded.charAt(i))) {
                i++;
            }
            words.add(folded.substring(s, i));
        }
        return words;
    }

    /** Words are the letter-only tokens; a token with digits ({@code yamada123}) ends a name. */
    private void run(Tokens t) {
        char[] c = text.chars;
        int prevEnd = -1;
        for (int k = 0; k < t.count; k++) {
            int s = t.start[k];
            int i = t.end[k];
            if (t.classes[k] != Chars.LETTER) {
                run = 0;
                prevEnd = i;
                continue;
            }
            // the word's hash is the token's, already computed by AlnumMatcher
            if (!lookup.mayBeNameWord(Hash64.finish(t.hash[k]))) {
                run = 0;
            } else {
                run = prevEnd >= 0 && run > 0 && joins(c, prevEnd, s) ? Math.min(run + 1, MAX_WORDS) : 1;
                ws[count % MAX_WORDS] = s;
                we[count % MAX_WORDS] = i;
                count++;
                for (int words = 2; words <= run; words++) {
                    probe(c, words);
                }
            }
            prevEnd = i;
        }
    }

    private static boolean joins(char[] c, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char g = c[k];
            // '_' as well: file names join a name's words with it (contract_Mateo_Rossi.pdf); login ids
            // with an underscore are matched whole by AlnumMatcher, whatever this finds
            if (!(g == ' ' || g == '\n' || g == ',' || g == '.' || g == '-' || g == '_' || g == '\u30FB'
                    || IdentifierKeys.isApostrophe(g))) {
                return false;
            }
        }
        return true;
    }

    /** Looks up the last {@code words} words, sorted as {@link IdentifierKeys} sorts a name's words. */
    private void probe(char[] c, int words) {
        int[] order = new int[words];
        for (int k = 0; k < words; k++) {
            int slot = (count - words + k) % MAX_WORDS;
            int at = k;
            while (at > 0 && compare(c, order[at - 1], slot) > 0) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = slot;
        }
        long h = Hash64.LATIN_NAME;
        for (int k = 0; k < words; k++) {
            if (k > 0) {
                h = Hash64.step(h, ' ');
            }
            for (int p = ws[order[k]]; p < we[order[k]]; p++) {
                h = Hash64.step(h, c[p]);
            }
        }
        long key = Hash64.finish(h);
        int kind = lookup.kindOf(key);
        if (kind >= 0) {
            int first = (count - words) % MAX_WORDS;
            int last = (count - 1) % MAX_WORDS;
            hits.add(kind, ws[first], we[last], key);
        }
    }

    /** The order of {@link String#compareTo} on the two words. */
    private int compare(char[] c, int a, int b) {
        int la = we[a] - ws[a];
        int lb = we[b] - ws[b];
        for (int k = 0; k < Math.min(la, lb); k++) {
            int d = c[ws[a] + k] - c[ws[b] + k];
            if (d != 0) {
                return d;
            }
        }
        return la - lb;
    }
}
