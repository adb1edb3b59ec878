package io.guarddesk.disclosure.control;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@link TextNormalizer} turns each character into (R2.4): NFKC (full-width ASCII to ASCII,
 * half-width kana to full-width), lower case, hiragana to katakana, Latin accents dropped, common
 * Cyrillic and Greek look-alikes to Latin, zero-width and format characters removed; voiced marks
 * compose with the kana before them.
 *
 * <p>All of it is precomputed into one {@code char[65536]} table at class load. ICU4J's
 * confusables (skeleton) would be more complete, but it allocates per call, is a 13 MB dependency
 * and folds far more than identifiers need; the table below covers the look-alikes that keep a
 * Latin identifier readable to a human, which is what an evasion needs.
 */
final class FoldTable {

    static final char DROP = '\uFFFF';
    static final char COMPLEX = '\uFFFE';
    static final char VOICED_MARK = '\uFDD0';
    static final char SEMI_VOICED_MARK = '\uFDD1';

    static final char[] TABLE = new char[0x10000];
    /** Characters whose NFKC form is several characters ({@code ㈱}, {@code ﬁ}). */
    static final Map<Character, String> EXPANSIONS = new HashMap<>();
    /** Katakana 0x30A0..0x30FF with a (semi-)voiced mark composed, or 0. */
    static final char[] VOICED = new char[0x60];
    static final char[] SEMI_VOICED = new char[0x60];

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

    private FoldTable() {
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
}
