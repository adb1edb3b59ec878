package io.guarddesk.disclosure.control;

import java.util.List;

/**
 * Finds a password after its label (R2.2, R2.4): {@code password: Tanaka2024!},
 * {@code pw = abc12345}, {@code パスワード：abc12345}, {@code パスワードはabc12345です},
 * {@code 暗証番号は1234}. The value must look like a secret — letters with digits or symbols, or a
 * number of 4+ digits — so that {@code password: please use the link below} stays sendable.
 */
final class PasswordLabels {

    private static final List<String> LATIN = List.of("password", "passwd", "passcode", "pass", "pwd", "pw", "pin");
    private static final List<String> JAPANESE = List.of("パスワード", "暗証番号", "パスコード", "ピン番号")
            .stream().map(TextNormalizer::fold).toList();
    /** Words after a label that introduce its value; hiragana is folded, as the text is. */
    private static final List<String> JOINERS = List.of(":", "=", "is", "ハ", "ガ", "->", "→");
    private static final int MAX_VALUE = 128;

    private PasswordLabels() {
    }

    static void find(Secrets secrets) {
        NormalizedText t = secrets.text();
        for (String label : LATIN) {
            for (int at = t.indexOf(label, 0); at >= 0; at = t.indexOf(label, at + 1)) {
                int after = at + label.length();
                if (!Chars.isAlnum(t.at(at - 1)) && !Chars.isAlnum(t.at(after))) {
                    value(secrets, after);
                }
            }
        }
        for (String label : JAPANESE) {
            for (int at = t.indexOf(label, 0); at >= 0; at = t.indexOf(label, at + 1)) {
                value(secrets, at + label.length());
            }
        }
    }

    private static void value(Secrets secrets, int from) {
        NormalizedText t = secrets.text();
        int i = skip(t, from);
        String joiner = null;
        for (String j : JOINERS) {
            if (t.regionMatches(i, j) && !(Chars.isLatinLetter(j.charAt(0)) && Chars.isAlnum(t.at(i + j.length())))) {
                joiner = j;
                break;
            }
        }
        if (joiner == null) {
            return;
        }
        i = skip(t, i + joiner.length());
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
        if (end - start >= 4 && looksSecret(secrets.original(start, end))) {
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
