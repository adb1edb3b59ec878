package io.guarddesk.routing.control;

import java.text.Normalizer;

/**
 * Folds a message and a rule's phrases to one spelling before matching, so that an admin writes a
 * phrase once and it matches whatever width, case or spacing a customer typed (R3.1).
 *
 * <ul>
 * <li>NFKC: full-width Latin and digits become ASCII, half-width katakana full width, "…" three dots;</li>
 * <li>lower case;</li>
 * <li>zero-width characters, soft hyphens and apostrophes are dropped ("didn't" and "didnt" are one
 *     word to a rule, as they are to the customers who type either);</li>
 * <li>a hyphen between letters or digits is dropped ("e-mail", "sign-in"), elsewhere it separates
 *     words; between katakana it is the long-vowel mark typed with the wrong key;</li>
 * <li>runs of white space, line breaks included, become one space between Latin words and vanish
 *     next to Japanese, where spaces carry no meaning ("個人 情報" is "個人情報").</li>
 * </ul>
 */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char[] in = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC)).toCharArray();
        char[] out = new char[in.length];
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            // most characters of a message are kana, kanji or lower-case ASCII: decide those first
            if (c >= 0x3040 && c <= 0x9FFF && c != 0x30FC) {
                if (pendingSpace) {
                    pendingSpace = false;
                }
                out[n++] = c;
                continue;
            }
            c = lower(c);
            if (isIgnorable(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (isHyphen(c)) {
                char before = n == 0 ? ' ' : out[n - 1];
                char after = i + 1 < in.length ? lower(in[i + 1]) : ' ';
                if (!pendingSpace && isKatakana(before) && isKatakana(after)) {
                    c = 'ー';
                } else if (!pendingSpace && isWordChar(before) && isWordChar(after)) {
                    continue;
                } else {
                    pendingSpace = true;
                    continue;
                }
            }
            if (pendingSpace && n > 0 && !isJapanese(out[n - 1]) && !isJapanese(c)) {
                out[n++] = ' ';
            }
            pendingSpace = false;
            out[n++] = c;
        }
        return new String(out, 0, n);
    }

    /** A letter or digit of a script that separates words with spaces: where a Latin phrase must start and end. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isJapanese(c);
    }

    static boolean isJapanese(char c) {
        return (c >= 0x3000 && c <= 0x30FF)      // CJK punctuation, hiragana, katakana
                || (c >= 0x31F0 && c <= 0x31FF)  // katakana phonetic extensions
                || (c >= 0x3400 && c <= 0x4DBF)  // CJK extension A
                || (c >= 0x4E00 && c <= 0x9FFF)  // CJK unified ideographs
                || (c >= 0xF900 && c <= 0xFAFF)  // CJK compatibility ideographs
                || (c >= 0xFF00 && c <= 0xFFEF)  // what NFKC leaves of the half/full-width forms
                || Character.isSurrogate(c);     // rare kanji outside the BMP
    }

    private static boolean isKatakana(char c) {
        return c >= 0x30A0 && c <= 0x30FF;
    }

    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B;
        }
        return c == '\u00A0' || c == '\u3000' || Character.isWhitespace(c);
    }

    private static boolean isIgnorable(char c) {
        if (c < 0x80) {
            return c == '\'' || c == '`';
        }
        return c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4'
                || c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isHyphen(char c) {
        if (c < 0x80) {
            return c == '-';
        }
        return (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE63';
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
