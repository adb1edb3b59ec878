package io.guarddesk.disclosure.control;

/**
 * The masked form of what a finding found (R2.5): an ellipsis and at most the last four
 * characters, fewer for short values and names, none for keys and passwords, so that the refusal,
 * its audit entry and its log line never repeat the value.
 */
final class Masks {

    static final String ELLIPSIS = "…";

    private Masks() {
    }

    /** Identifier: the last letters, digits or CJK characters of the normalised span. */
    static String identifier(FindingKind kind, NormalizedText text, int start, int end) {
        int significant = 0;
        for (int i = start; i < end; i++) {
            if (significant(text.chars[i])) {
                significant++;
            }
        }
        int keep = kind == FindingKind.HOLDER_NAME ? Math.min(1, significant / 3) : tail(significant);
        StringBuilder last = new StringBuilder(keep);
        for (int i = end - 1; i >= start && last.length() < keep; i--) {
            if (significant(text.chars[i])) {
                last.append(text.chars[i]);
            }
        }
        return ELLIPSIS + last.reverse();
    }

    /** A secret shows only as much as tells two secrets apart, and only when it is long. */
    static String secret(String value) {
        int keep = value.length() >= 16 ? 3 : 0;
        return ELLIPSIS + value.substring(value.length() - keep);
    }

    static String card(String lastFour) {
        return ELLIPSIS + lastFour;
    }

    private static int tail(int length) {
        if (length >= 12) {
            return 4;
        }
        if (length >= 6) {
            return 3;
        }
        return length >= 4 ? 1 : 0;
    }

    private static boolean significant(char c) {
        return Chars.isAlnum(c) || Chars.isCjk(c);
    }
}
