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
 *
 * <p>Identifiers glued after letters ({@code 契約IDC-100234}): runs also start inside a token, at its
 * last few letters before a step to digits and at a change of case in the original text, so the
 * identifier is found when it is there verbatim. Only letter-to-digit steps and case changes at the
 * start of a chain, in a word with a capital, open such runs, so ordinary words and lower-case
 * e-mail addresses cost nothing more; an all-lower-case glue ({@code idc-100234}) is not undone.
 */
final class AlnumMatcher {

    static final int MAX_TOKENS = 8;
    static final int MAX_CHARS = 64;
    /** Letters of a word an identifier may be glued to that are tried as the identifier's own prefix ({@code IDC-…}). */
    static final int GLUED_LETTERS = 3;
    /** Glued runs opened inside one token at most (its letter-digit and case boundaries). */
    private static final int GLUED_IN_TOKEN = 6;
    /**
     * Each token opens at most three plain runs (plain, and stripped of 8 1 or 8 1 0), GLUED_LETTERS + 1
     * runs glued to the token before it and GLUED_IN_TOKEN inside it, each alive for MAX_TOKENS tokens:
     * the slots never run out, so the plain run of a token always has one.
     */
    private static final int SLOTS = MAX_TOKENS * (3 + GLUED_LETTERS + 1 + GLUED_IN_TOKEN);

    private final NormalizedText text;
    private final Tokens tokenRuns;
    private final Lookup lookup;
    private final Hits hits;

    private final long[] state = new long[SLOTS];
    private final int[] start = new int[SLOTS];
    private final int[] chars = new int[SLOTS];
    private final int[] tokens = new int[SLOTS];
    private int active;
    /** The slot of the current token's plain run (the token alone, hashed from its start). */
    private int plain;

    private AlnumMatcher(NormalizedText text, Tokens tokenRuns, Lookup lookup, Hits hits) {
        this.text = text;
        this.tokenRuns = tokenRuns;
        this.lookup = lookup;
        this.hits = hits;
    }

    static void match(NormalizedText text, Tokens tokens, Lookup lookup, Hits hits) {
        new AlnumMatcher(text, tokens, lookup, hits).run();
    }

    private void run() {
        char[] c = text.chars;
        Tokens t = tokenRuns;
        int prevEnd = -1;
        boolean prevDigits = false;
        int prevLength = 0;
        int prevStart = -1;
        boolean prevFirst = false;
        boolean afterSpelled = false;
        for (int k = 0; k < t.count; k++) {
            int s = t.start[k];
            int e = t.end[k];
            if (spelledSeparator(c, s, e)) {
                // "(at)" and "[dot]" stand for "@" and ".": the chain goes on around them, they are not hashed
                if (prevEnd < 0 || !separatorsOnly(c, prevEnd, s)) {
                    active = 0;
                }
                afterSpelled = true;
                prevFirst = false;
                prevEnd = e;
                t.hash[k] = extend(Hash64.ALNUM, c, s, e);
                continue;
            }
            boolean digits = (t.classes[k] & Chars.DIGIT) != 0;
            boolean joined = prevEnd >= 0 && (afterSpelled ? separatorsOnly(c, prevEnd, s)
                    : joins(c, prevEnd, s, prevDigits, prevLength, digits, e - s));
            if (!joined) {
                active = 0;
            }
            // glued runs only where a chain starts: the letters an identifier is glued to are a word
            // of the text (契約IDC-…), not a part of a longer identifier (an e-mail's local part)
            if (prevFirst && !afterSpelled && Chars.isDigit(c[s]) && Chars.isLatinLetter(c[prevEnd - 1])) {
                gluedBefore(c, prevStart, prevEnd, s, joined);
            }
            afterSpelled = false;
            token(c, s, e, !joined && t.classes[k] == Chars.ALNUM);
            t.hash[k] = state[plain];
            prevFirst = !joined;
            prevEnd = e;
            prevStart = s;
            prevDigits = digits;
            prevLength = e - s;
        }
    }

    /** Up to three separators or spaces: the brackets and spaces around a spelt-out separator. */
    private static boolean separatorsOnly(char[] c, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Chars.isSpace(c[k]) && !Chars.isTight(c[k])) {
                return false;
            }
        }
        return true;
    }

    /** {@code (at)}, {@code [at]}, {@code (dot)}, {@code [dot]}: a separator spelt out inside brackets. */
    private static boolean spelledSeparator(char[] c, int s, int e) {
        if (s == 0 || e >= c.length || !(c[s - 1] == '(' || c[s - 1] == '[') || !(c[e] == ')' || c[e] == ']')) {
            return false;
        }
        int length = e - s;
        return length == 2 && c[s] == 'a' && c[s + 1] == 't'
                || length == 3 && c[s] == 'd' && c[s + 1] == 'o' && c[s + 2] == 't';
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

    /**
     * An identifier glued after letters ({@code 契約IDC-100234}, {@code accountC-100234},
     * {@code IDc 100 234}): the digits of this token may continue an identifier that starts inside the
     * word before it, with its last one to {@link #GLUED_LETTERS} letters, or where the case of that word
     * changes ({@code IDtaro_suzuki77}). Those runs are opened here, before this token extends them. Only
     * at a letter-to-digit step, so prose (words after words) opens none. Across a space only a single
     * letter is taken, as {@link #joins} takes a lone letter before digits.
     */
    private void gluedBefore(char[] c, int prevStart, int prevEnd, int s, boolean joined) {
        if (!separatorsOnly(c, prevEnd, s) || !hasCapital(prevStart, prevEnd)) {
            return;
        }
        boolean tight = true;
        for (int k = prevEnd; k < s; k++) {
            tight &= !Chars.isSpace(c[k]);
        }
        int letters = 0;
        while (prevEnd - letters - 1 >= prevStart && Chars.isLatinLetter(c[prevEnd - letters - 1])) {
            letters++;
        }
        int most = tight ? Math.min(GLUED_LETTERS, letters) : Math.min(1, letters);
        for (int n = 1; n <= most; n++) {
            int from = prevEnd - n;
            // a run from the word's start is the plain run, already open when the tokens are joined
            if (from > prevStart || !joined) {
                openRun(c, from, from, prevEnd);
            }
        }
        if (tight && letters > GLUED_LETTERS && letters == prevEnd - prevStart) {
            for (int k = prevStart + 1; k < prevEnd - GLUED_LETTERS; k++) {
                if (caseBoundary(k)) {
                    openRun(c, k, k, prevEnd);
                }
            }
        }
    }

    /**
     * Inside a token of letters and digits: the identifier may start at a letter-to-digit step (with
     * up to {@link #GLUED_LETTERS} letters before it, or at the digit: {@code TEL0312345678}) or where
     * the case changes ({@code IDtaro}, {@code accountC100234}).
     */
    private void gluedInside(char[] c, int s, int e) {
        if (e - s > MAX_CHARS || !hasCapital(s, e)) {
            return;
        }
        int opened = 0;
        for (int b = s + 1; b < e && opened < GLUED_IN_TOKEN; b++) {
            if (Chars.isDigit(c[b]) && Chars.isLatinLetter(c[b - 1])) {
                for (int from = Math.max(s + 1, b - GLUED_LETTERS); from < b && opened < GLUED_IN_TOKEN; from++) {
                    opened += openRun(c, from, from, e);
                }
                if (opened < GLUED_IN_TOKEN) {
                    opened += openPhone(c, b, e);
                }
            } else if (Chars.isLatinLetter(c[b]) && caseBoundary(b)) {
                opened += openRun(c, b, b, e);
            }
        }
    }

    /**
     * Glue shows in the original text by a capital ({@code IDC-…}, {@code IDc…}, {@code accountC…}):
     * an all-lower-case word with digits ({@code tomoko55}, {@code ord-2024…}) opens no glued runs.
     * Every glued run costs a lookup per token it spans, most of them a cache miss in the 8 MB
     * filter, and the own e-mail addresses and login ids of a reply are lower case (R2.8).
     */
    private boolean hasCapital(int from, int to) {
        String original = text.original;
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(original.charAt(text.originalStart(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of the original text changes case at {@code i}: lower to upper ({@code accountC}), or
     * upper to lower after two capitals ({@code IDtaro}, where the identifier starts at {@code t}).
     */
    private boolean caseBoundary(int i) {
        if (i < 1) {
            return false;
        }
        char here = text.original.charAt(text.originalStart(i));
        char before = text.original.charAt(text.originalStart(i - 1));
        if (Character.isUpperCase(here)) {
            return Character.isLowerCase(before);
        }
        return Character.isLowerCase(here) && Character.isUpperCase(before) && i >= 2
                && Character.isUpperCase(text.original.charAt(text.originalStart(i - 2)));
    }

    private void token(char[] c, int s, int e, boolean mixed) {
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
        plain = active;
        openPhone(c, s, e);
        if (mixed) {
            gluedInside(c, s, e);
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

    /** Opens the run starting at {@code s}, and the runs without a trunk 0 or a country code 81 (0); how many. */
    private int openPhone(char[] c, int s, int e) {
        int opened = openRun(c, s, s, e);
        if (c[s] == '0' && e - s > 1 && c[s + 1] != '0') {
            opened += openRun(c, s, s + 1, e);
        } else if (c[s] == '8' && e - s > 1 && c[s + 1] == '1') {
            opened += openRun(c, s, s + 2, e);
            if (e - s > 2 && c[s + 2] == '0') {
                opened += openRun(c, s, s + 3, e);
            }
        }
        return opened;
    }

    /** Opens a run; 1 if opened. */
    private int openRun(char[] c, int spanStart, int hashFrom, int e) {
        if (active == SLOTS) {
            return 0;
        }
        state[active] = extend(Hash64.ALNUM, c, hashFrom, e);
        start[active] = spanStart;
        chars[active] = e - hashFrom;
        tokens[active] = 1;
        active++;
        return 1;
    }

    private static long extend(long h, char[] c, int s, int e) {
        for (int k = s; k < e; k++) {
            h = Hash64.step(h, c[k]);
        }
        return h;
    }
}
