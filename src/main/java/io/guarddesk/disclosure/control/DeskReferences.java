package io.guarddesk.disclosure.control;

/**
 * The desk's own ticket references ({@code GD-WQDT5-A6TN9-RA2GA}) in folded text. They are in the
 * subject and body of every mail the desk sends and are no secret, but their random letters now
 * and then spell a credential word ({@code GD-KEY2P-…}) next to twenty mixed characters of high
 * entropy: the load benchmark's form submissions had about one confirmation mail in 10,000
 * refused as holding a "secret token", its own reference.
 */
final class DeskReferences {

    /** {@code GD-} and three groups of five, dash-separated. */
    static final int LENGTH = 20;

    private DeskReferences() {
    }

    /** A reference starts at {@code s} and ends at {@code e}, a whole token. */
    static boolean is(NormalizedText t, int s, int e) {
        return e - s == LENGTH && startsAt(t, s);
    }

    /** Position {@code at} lies inside a reference. */
    static boolean covers(NormalizedText t, int at) {
        for (int s = Math.max(0, at - LENGTH + 1); s <= at; s++) {
            if (t.at(s) == 'g' && startsAt(t, s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(NormalizedText t, int s) {
        if (s + LENGTH > t.length || !t.regionMatches(s, "gd-") || Chars.isAlnum(t.at(s - 1)) || Chars.isAlnum(t.at(s + LENGTH))) {
            return false;
        }
        for (int k = 3; k < LENGTH; k++) {
            char c = t.chars[s + k];
            if (k == 8 || k == 14 ? c != '-' : !(Chars.isDigit(c) || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }
}
