package io.guarddesk.disclosure.control;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Folds a text to the form identifiers are matched in (R2.4): NFKC (full-width ASCII to ASCII,
 * half-width kana to full-width), lower case, hiragana to katakana, Latin accents dropped, common
 * Cyrillic and Greek look-alikes to Latin, zero-width and format characters removed.
 *
 * <p>All of it is precomputed into one {@code char[65536]} table at class load, so the hot path is
 * one array read per character and allocates nothing but the output arrays. ICU4J's confusables
 * (skeleton) would be more complete, but it allocates per call, is a 13 MB dependency and folds far
 * more than identifiers need; the table below covers the look-alikes that keep a Latin identifier
 * readable to a human, which is what an evasion needs.
 */
final class TextNormalizer {

    private static final char DROP = '\uFFFF';
    private static final char COMPLEX = '\uFFFE';
    private static final char VOICED_MARK = '\uFDD0';
    private static final char SEMI_VOICED_MARK = '\uFDD1';

    private static final char[] TABLE = new char[0x10000];
    private static final Map<Character, String> EXPANSIONS = new HashMap<>();
    /** Katakana 0x30A0..0x30FF with a (semi-)voiced mark composed, or 0. */
    private static final char[] VOICED = new char[0x60];
    private static final char[] SEMI_VOICED = new char[0x60];

    private static final String LOOKALIKES =
            // Cyrillic, both cases where the capital is the look-alike
            "аaеeоoрpсcхxуyіiјjѕsԁdԛqԝwһhӏlкkАaВbЕeКkМmНhОoРpСcТtХxУyІiЈjЅs"
            // Greek
            + "οoαaρpνvιiκkυuχxΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧx"
            // Latin oddities and a few symbols used as letters
            + "ıiſs";

    static {
        for (int c = 0; c < 0x10000; c++) {
            TABLE[c] = fold((char) c);
        }
        for (int k = 0x30A0; k < 0x3100; k++) {
            VOICED[k - 0x30A0] = composed((char) k, '\u3099');
            SEMI_VOICED[k - 0x30A0] = composed((char) k, '\u309A');
        }
    }

    private TextNormalizer() {
    }

    static NormalizedText normalize(String text) {
        int n = text.length();
        char[] out = new char[n + 8];
        int[] from = new int[n + 8];
        int[] to = new int[n + 8];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char t = TABLE[c];
            if (t < VOICED_MARK) {
                if (len == out.length) {
                    out = grow(out); from = grow(from); to = grow(to);
                }
                out[len] = t; from[len] = i; to[len] = i + 1; len++;
                continue;
            }
            if (t == DROP) {
                continue;
            }
            if (t == VOICED_MARK || t == SEMI_VOICED_MARK) {
                if (len > 0 && out[len - 1] >= 0x30A0 && out[len - 1] < 0x3100) {
                    char v = (t == VOICED_MARK ? VOICED : SEMI_VOICED)[out[len - 1] - 0x30A0];
                    if (v != 0) {
                        out[len - 1] = v;
                        to[len - 1] = i + 1;
                    }
                }
                continue;
            }
            // COMPLEX: a multi-character NFKC form, or a surrogate pair (e.g. mathematical letters)
            String expansion;
            int end = i + 1;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                expansion = Normalizer.normalize(text.substring(i, i + 2), Normalizer.Form.NFKC);
                end = i + 2;
            } else {
                expansion = EXPANSIONS.getOrDefault(c, "");
            }
            for (int k = 0; k < expansion.length(); k++) {
                char e = TABLE[expansion.charAt(k)];
                if (e >= VOICED_MARK) {
                    continue;
                }
                if (len == out.length) {
                    out = grow(out); from = grow(from); to = grow(to);
                }
                out[len] = e; from[len] = i; to[len] = end; len++;
            }
            i = end - 1;
        }
        return new NormalizedText(text, out, len, from, to);
    }

    /** The folded form of a value from the directory (no offsets needed). */
    static String fold(String value) {
        NormalizedText t = normalize(value);
        return new String(t.chars, 0, t.length);
    }

    private static char fold(char c) {
        if (Character.isSurrogate(c)) {
            return COMPLEX;
        }
        if (c == '\uFDD0' || c == '\uFDD1' || c == '\uFFFE' || c == '\uFFFF') {
            return DROP;
        }
        if (c == '\u3099' || c == '\uFF9E' || c == '\u309B') {
            return VOICED_MARK;
        }
        if (c == '\u309A' || c == '\uFF9F' || c == '\u309C') {
            return SEMI_VOICED_MARK;
        }
        if (c == '\n' || c == '\r') {
            return '\n';
        }
        int type = Character.getType(c);
        if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || type == Character.CONTROL && !Character.isWhitespace(c)) {
            return DROP;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        if (nfkc.isEmpty()) {
            return DROP;
        }
        if (nfkc.length() > 1) {
            EXPANSIONS.put(c, nfkc);
            return COMPLEX;
        }
        char d = lookalike(nfkc.charAt(0));
        d = lookalike(Character.toLowerCase(d));
        if (d >= '\u00C0' && d < '\u0250') {
            char base = Normalizer.normalize(String.valueOf(d), Normalizer.Form.NFD).charAt(0);
            if (base < 0x80) {
                d = base;
            }
        }
        if (d >= '\u3041' && d <= '\u3096' || d == '\u309D' || d == '\u309E') {
            d = (char) (d + 0x60);
        }
        if (d >= '\u2010' && d <= '\u2015' || d == '\u2212') {
            d = '-';
        }
        if (Character.isWhitespace(d) || Character.isSpaceChar(d)) {
            return ' ';
        }
        return d >= VOICED_MARK ? DROP : d;
    }

    private static char lookalike(char c) {
        for (int k = 0; k < LOOKALIKES.length(); k += 2) {
            if (LOOKALIKES.charAt(k) == c) {
                return LOOKALIKES.charAt(k + 1);
            }
        }
        return c;
    }

    private static char composed(char kana, char mark) {
        String s = Normalizer.normalize("" + kana + mark, Normalizer.Form.NFC);
        return s.length() == 1 ? s.charAt(0) : 0;
    }

    private static char[] grow(char[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2 + 16);
    }

    private static int[] grow(int[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2 + 16);
    }
}
