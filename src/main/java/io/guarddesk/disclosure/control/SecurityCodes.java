package io.guarddesk.disclosure.control;

import java.util.List;

/**
 * Finds card security codes (R4.1): an isolated group of 3–4 digits shortly after a card number or
 * after a card word ({@code cvv}, {@code セキュリティコード}, {@code 裏の3桁} …). A group bound to
 * other digits by {@code / - . : ,} is a date, a time or an amount, not a code.
 */
final class SecurityCodes {

    static final int AFTER_CARD = 40;
    static final int AFTER_WORD = 24;

    private static final List<String> WORDS = List.of("cvv", "cvc", "cv2", "cvn", "cid", "security code",
            "card verification", "セキュリティコード", "セキュリティーコード", "カード裏面", "裏面", "裏の3桁", "裏の4桁")
            .stream().map(TextNormalizer::fold).toList();

    /** What {@link CardData#mask} puts for a code. */
    static final String MASKED = "[cvv ***]";

    interface Sink {
        void code(int start, int end);
    }

    private SecurityCodes() {
    }

    /** The first code in {@code [from, from + AFTER_CARD)}, if any. */
    static void afterCard(NormalizedText text, int from, Sink sink) {
        firstCode(text, from, Math.min(text.length, from + AFTER_CARD), sink);
    }

    static void afterWords(NormalizedText text, Sink sink) {
        for (String word : WORDS) {
            boolean latin = Chars.isLatinLetter(word.charAt(0));
            for (int at = text.indexOf(word, 0); at >= 0; at = text.indexOf(word, at + word.length())) {
                if (latin && (Chars.isLatinLetter(text.at(at - 1)) || Chars.isLatinLetter(text.at(at + word.length())))) {
                    continue;
                }
                if (text.regionMatches(at - 1, MASKED)) {
                    continue; // the word of a mask put before is no card word
                }
                int from = at + word.length();
                firstCode(text, from, Math.min(text.length, from + AFTER_WORD), sink);
            }
        }
    }

    private static void firstCode(NormalizedText text, int from, int to, Sink sink) {
        char[] c = text.chars;
        int i = from;
        while (i < to) {
            if (c[i] == '[' && text.regionMatches(i, MASKED)) {
                // the first code here was masked before: masking a masked text changes nothing (R4.1)
                return;
            }
            if (!Chars.isDigit(c[i])) {
                i++;
                continue;
            }
            int s = i;
            while (i < text.length && Chars.isDigit(c[i])) {
                i++;
            }
            if (i - s >= 3 && i - s <= 4 && isolated(text, s, i)) {
                sink.code(s, i);
                return;
            }
        }
    }

    private static boolean isolated(NormalizedText text, int s, int e) {
        if (Chars.isAlnum(text.at(s - 1)) || Chars.isAlnum(text.at(e))) {
            return false;
        }
        return !(bond(text.at(s - 1)) && Chars.isDigit(text.at(s - 2)))
                && !(bond(text.at(e)) && Chars.isDigit(text.at(e + 1)));
    }

    private static boolean bond(char c) {
        return c == '/' || c == '-' || c == '.' || c == ':' || c == ',';
    }
}
