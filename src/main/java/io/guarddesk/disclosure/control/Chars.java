package io.guarddesk.disclosure.control;

/** Character classes of normalised text (after {@link TextNormalizer}), shared by every matcher. */
final class Chars {

    static final byte DIGIT = 1;
    static final byte LETTER = 2;
    static final byte ALNUM = DIGIT | LETTER;
    static final byte TIGHT = 4;
    static final byte SPACE = 8;
    static final byte CJK = 16;
    /** Starts a trigger word of a credential detector ({@link Triggers}). */
    static final byte TRIGGER = 32;

    /**
     * The class bits of every char, so that the tokenising pass tests one table entry per character
     * instead of a chain of range comparisons. A flat table, no range test before it: on a mixed
     * Japanese-English text such a test mispredicts at every change of script (measured: a kanji
     * shortcut made the lookup four times slower).
     */
    private static final byte[] CLASS = new byte[0x10000];

    static {
        for (int i = 0; i < CLASS.length; i++) {
            char c = (char) i;
            CLASS[i] = (byte) ((isDigit(c) ? DIGIT : 0) | (isLatinLetter(c) ? LETTER : 0) | (isTight(c) ? TIGHT : 0)
                    | (isSpace(c) ? SPACE : 0) | (isCjk(c) ? CJK : 0) | (Triggers.startsWord(c) ? TRIGGER : 0));
        }
    }

    private Chars() {
    }

    static byte classOf(char c) {
        return CLASS[c];
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

    /**
     * Separators that join tokens into one identifier: {@code C-100234}, {@code a.b@c.jp},
     * {@code (03)1234}, and the stars Japanese writers put for {@code @} ({@code taro★example.jp}).
     */
    static boolean isTight(char c) {
        return c == '-' || c == '.' || c == '_' || c == '/' || c == '@' || c == '+' || c == '(' || c == ')'
                || c == '[' || c == ']' || c == '\u30FC' || c == '\u30FB' || c == '\u2605' || c == '\u2606';
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
