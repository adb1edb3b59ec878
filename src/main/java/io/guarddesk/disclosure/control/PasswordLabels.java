package io.guarddesk.disclosure.control;

import java.util.List;

/**
 * Finds a password after its label (R2.2, R2.4): {@code password: Tanaka2024!},
 * {@code pw = abc12345}, {@code パスワード：abc12345}, {@code パスワードはabc12345です},
 * {@code 暗証番号は1234}. The value must look like a secret — letters with digits or symbols, a
 * number of 4+ digits, or a lone letters-only token that is no word ({@code bgsHbFpi}) — so that
 * {@code password: please use the link below} stays sendable.
 */
final class PasswordLabels {

    /** Words after a label that introduce its value; hiragana is folded, as the text is. */
    private static final List<String> JOINERS = List.of(":", "=", "is", "ハ", "ガ", "->", "→");
    private static final int MAX_VALUE = 128;

    private PasswordLabels() {
    }

    static void find(Secrets secrets) {
        NormalizedText t = secrets.text();
        Triggers triggers = secrets.triggers();
        for (int k = 0; k < triggers.count(); k++) {
            int at = triggers.position(k);
            int after = at + triggers.word(k).length();
            if (triggers.group(k) == Triggers.Group.PASSWORD_JAPANESE) {
                value(secrets, after, true);
            } else if (triggers.group(k) == Triggers.Group.PASSWORD_LATIN
                    && !Chars.isAlnum(t.at(at - 1)) && !Chars.isAlnum(t.at(after))) {
                value(secrets, after, false);
            }
        }
    }

    /**
     * A Latin label needs a joiner ({@code password Tanaka} is a sentence); after a Japanese one an
     * ASCII value may follow directly ({@code 暗証番号 1234}): Japanese prose does not continue in ASCII.
     */
    private static void value(Secrets secrets, int from, boolean joinerOptional) {
        NormalizedText t = secrets.text();
        int i = skip(t, from);
        String joiner = null;
        for (String j : JOINERS) {
            if (t.regionMatches(i, j) && !(Chars.isLatinLetter(j.charAt(0)) && Chars.isAlnum(t.at(i + j.length())))) {
                joiner = j;
                break;
            }
        }
        if (joiner == null && !joinerOptional) {
            return;
        }
        i = skip(t, i + (joiner == null ? 0 : joiner.length()));
        int start = i;
        while (i < t.length && i - start < MAX_VALUE && t.chars[i] > ' ' && t.chars[i] < 0x7F) {
            i++;
        }
        int end = i;
        while (end > start && ".,;:\"'`)]}>".indexOf(t.chars[end - 1]) >= 0) {
            end--;
        }
        while (start < end && "\"'`([{<".indexOf(t.chars[start]) >= 0) {
            start++;
        }
        if (end - start >= 4 && (looksSecret(secrets.original(start, end))
                || singleToken(t, i) && randomLetters(secrets.original(start, end)))) {
            secrets.add(FindingKind.PASSWORD, start, end, Masks.secret(secrets.original(start, end)));
        }
    }

    /** Spaces, a full-width colon's neighbours and opening quotes between label, joiner and value. */
    private static int skip(NormalizedText t, int i) {
        int limit = i + 4;
        while (i < t.length && i < limit && (t.chars[i] == ' ' || t.chars[i] == '\u3001' || t.chars[i] == '\u300C'
                || t.chars[i] == '"' || t.chars[i] == '\'')) {
            i++;
        }
        return i;
    }

    /**
     * The value stands alone: the label's line ends after it, or Japanese text, a bracket or a
     * sentence mark follows; not another Latin word ({@code Password: Reset it from …} is a sentence).
     */
    private static boolean singleToken(NormalizedText t, int end) {
        int i = end;
        while (i < t.length && t.chars[i] == ' ') {
            i++;
        }
        return i >= t.length || !Chars.isAlnum(t.chars[i]);
    }

    /**
     * Letters only, yet no word: mixed case with a capital after the first letter
     * ({@code bgsHbFpi}, {@code OiAagtXPp}), or no vowel at all ({@code xkqzvbtm}). {@code Reset},
     * {@code please} and {@code RESET} stay words.
     */
    static boolean randomLetters(String value) {
        if (value.length() < 6) {
            return false;
        }
        boolean lower = false;
        boolean innerUpper = false;
        boolean vowel = false;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
            lower |= c >= 'a' && c <= 'z';
            innerUpper |= k > 0 && c >= 'A' && c <= 'Z';
            vowel |= "aeiouyAEIOUY".indexOf(c) >= 0;
        }
        return lower && innerUpper || !vowel;
    }

    static boolean looksSecret(String value) {
        if (value.startsWith("http") || value.startsWith("www.")) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        boolean symbol = false;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (c != '-' && c != '_' && c != '.' && c != '/') {
                symbol = true;
            }
        }
        return digit && (letter || symbol) || letter && symbol || digit && !letter && value.length() >= 4;
    }
}
