package io.guarddesk.disclosure.control;

/**
 * Finds account numbers, login ids, e-mail addresses and phone numbers (R2.4). Alphanumeric tokens
 * are joined into chains across separators that belong inside identifiers ({@code C-100234},
 * {@code a.b@c.jp}, {@code (03)1234-5678}) and across short spaces between groups holding digits
 * ({@code c 100 234}, {@code +81 3 1234 5678}); every run of up to {@link #MAX_TOKENS} consecutive
 * tokens of a chain is looked up with its separators removed, as the keys were made. Each running
 * hash is extended by the next token only, so a chain costs its length times the window count.
 *
 * <p>Phone numbers: a run starting with a trunk {@code 0} or the country code {@code 81} is also
 * looked up without it, so the national and international spellings meet the one key.
 */
final class AlnumMatcher {

    static final int MAX_TOKENS = 8;
    static final int MAX_CHARS = 64;
    private static final int SLOTS = MAX_TOKENS * 2;

    private final NormalizedText text;
    private final Lookup lookup;
    private final Hits hits;

    private final long[] state = new long[SLOTS];
    private final int[] start = new int[SLOTS];
    private final int[] chars = new int[SLOTS];
    private final int[] tokens = new int[SLOTS];
    private int active;

    private AlnumMatcher(NormalizedText text, Lookup lookup, Hits hits) {
        this.text = text;
        this.lookup = lookup;
        this.hits = hits;
    }

    static void match(NormalizedText text, Lookup lookup, Hits hits) {
        new AlnumMatcher(text, lookup, hits).run();
    }

    private void run() {
        char[] c = text.chars;
        int n = text.length;
        int prevEnd = -1;
        boolean prevDigits = false;
        int prevLength = 0;
        int i = 0;
        while (i < n) {
            if (!Chars.isAlnum(c[i])) {
                i++;
                continue;
            }
            int s = i;
            boolean digits = false;
            while (i < n && Chars.isAlnum(c[i])) {
                digits |= Chars.isDigit(c[i]);
                i++;
            }
            if (prevEnd < 0 || !joins(c, prevEnd, s, prevDigits, prevLength, digits, i - s)) {
                active = 0;
            }
            token(c, s, i);
            prevEnd = i;
            prevDigits = digits;
            prevLength = i - s;
        }
    }

    /**
     * Tight separators always join; a gap holding a space joins only groups of a number spelt in
     * parts (one side has digits, the other digits or a lone letter), so prose is not chained.
     */
    private static boolean joins(char[] c, int from, int to, boolean prevDigits, int prevLength,
                                 boolean digits, int length) {
        if (to - from > 3) {
            return false;
        }
        boolean space = false;
        for (int k = from; k < to; k++) {
            if (Chars.isSpace(c[k])) {
                space = true;
            } else if (!Chars.isTight(c[k])) {
                return false;
            }
        }
        if (!space) {
            return true;
        }
        return (prevDigits || digits) && (prevDigits || prevLength == 1) && (digits || length == 1);
    }

    private void token(char[] c, int s, int e) {
        // runs ending at this token: extend every open run, then open new ones starting here
        int kept = 0;
        for (int k = 0; k < active; k++) {
            if (tokens[k] < MAX_TOKENS && chars[k] + (e - s) <= MAX_CHARS) {
                state[kept] = extend(state[k], c, s, e);
                start[kept] = start[k];
                chars[kept] = chars[k] + (e - s);
                tokens[kept] = tokens[k] + 1;
                kept++;
            }
        }
        active = kept;
        open(c, s, s, e);
        if (c[s] == '0' && e - s > 1 && c[s + 1] != '0') {
            open(c, s, s + 1, e);
        } else if (c[s] == '8' && e - s > 1 && c[s + 1] == '1') {
            open(c, s, s + 2, e);
            if (e - s > 2 && c[s + 2] == '0') {
                open(c, s, s + 3, e);
            }
        }
        for (int k = 0; k < active; k++) {
            if (chars[k] >= IdentifierKeys.MIN_ALNUM) {
                long key = Hash64.finish(state[k]);
                int kind = lookup.kindOf(key);
                if (kind >= 0) {
                    hits.add(kind, start[k], e, key);
                }
            }
        }
    }

    private void open(char[] c, int spanStart, int hashFrom, int e) {
        if (active == SLOTS || e - hashFrom > MAX_CHARS) {
            return;
        }
        state[active] = extend(Hash64.ALNUM, c, hashFrom, e);
        start[active] = spanStart;
        chars[active] = e - hashFrom;
        tokens[active] = 1;
        active++;
    }

    private static long extend(long h, char[] c, int s, int e) {
        for (int k = s; k < e; k++) {
            h = Hash64.step(h, c[k]);
        }
        return h;
    }
}
