package io.guarddesk.disclosure.control;

/** Character classes of normalised text (after {@link TextNormalizer}), shared by every matcher. */
final class Chars {

    private Chars() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= '\u00DF' && c < '\u0250' && Character.isLetter(c);
    }

    /** Part of an alphanumeric token: account numbers, login ids, e-mail parts, phone groups. */
    static boolean isAlnum(char c) {
        return isDigit(c) || isLatinLetter(c);
    }

    /** Separators that join tokens into one identifier: {@code C-100234}, {@code a.b@c.jp}, {@code (03)1234}. */
    static boolean isTight(char c) {
        return c == '-' || c == '.' || c == '_' || c == '/' || c == '@' || c == '+' || c == '(' || c == ')'
                || c == '\u30FC' || c == '\u30FB';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n';
    }

    /** Kanji, katakana (hiragana is folded to katakana) and the marks that belong inside names. */
    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF'
                || c >= '\u30A1' && c <= '\u30FA' || c == '\u30FC' || c == '\u30FD' || c == '\u30FE'
                || c == '\u3005' || c == '\u3006' || c >= '\uF900' && c <= '\uFAFF';
    }
}
