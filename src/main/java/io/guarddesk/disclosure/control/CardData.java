package io.guarddesk.disclosure.control;

import java.util.ArrayList;
import java.util.List;

/**
 * R4.1 at the intake gate: Luhn-valid card numbers (13–19 digits, any separators, full-width
 * digits, split across lines, not fooled by digits glued in front such as {@code 99 4111…}) and
 * security codes near a card number or card word are masked before anything stores or logs the
 * text. Mask format: a card number becomes {@code [card ****1111]}, a security code {@code [cvv ***]}.
 *
 * <p>Any Luhn-valid 13–19 digits are masked, whatever their first digit: masking an order number by
 * mistake costs little, storing a card costs a breach. A text without card data is returned as it
 * came (the same instance).
 */
public final class CardData {

    private static final String MASK_PREFIX = "[card ****";

    private CardData() {
    }

    /**
     * Masking is repeated until it changes nothing, at most {@link #MAX_PASSES} times: what one pass
     * leaves can be a card of its own (the rest of a long digit run whose prefix was a card), and a
     * text masked once must come back unchanged when masked again. Each pass that changes the text
     * removes at least 9 digits, and a second pass is rare.
     */
    public static String mask(String text) {
        String masked = text;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String next = maskOnce(masked);
            if (next == masked || next.equals(masked)) {
                return masked;
            }
            masked = next;
        }
        return masked;
    }

    private static final int MAX_PASSES = 16;

    private static String maskOnce(String text) {
        if (text == null || digits(text) < 3) {
            return text;
        }
        NormalizedText normalized = TextNormalizer.normalizeReusing(text);
        List<int[]> spans = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        CardNumbers.find(normalized, Tokens.of(normalized), false, (start, end, lastFour) -> {
            spans.add(new int[] {start, end});
            replacements.add(MASK_PREFIX + lastFour + "]");
        });
        int cards = spans.size();
        java.util.Set<Integer> codeStarts = new java.util.HashSet<>();
        SecurityCodes.Sink code = (start, end) -> {
            if (!insideCard(spans, cards, start) && !lastFourOfMask(normalized, start) && codeStarts.add(start)) {
                spans.add(new int[] {start, end});
                replacements.add(SecurityCodes.MASKED);
            }
        };
        for (int k = 0; k < cards; k++) {
            SecurityCodes.afterCard(normalized, spans.get(k)[1], code);
        }
        SecurityCodes.afterWords(normalized, code);
        return plainRuns(spans.isEmpty() ? text : replace(normalized, spans, replacements));
    }

    /**
     * The last line of defence: a run of 13–19 digits with nothing between them that passes Luhn is
     * masked whatever the grouping logic above made of its neighbours (a fuzzer found runs it
     * chained to the wrong groups). Returns the same instance when there is none.
     */
    private static String plainRuns(String text) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (digit(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && digit(text.charAt(i)) >= 0) {
                i++;
            }
            int length = i - start;
            if (length >= 13 && length <= 19 && luhn(text, start, i)) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, start).append(MASK_PREFIX);
                for (int k = i - 4; k < i; k++) {
                    out.append((char) ('0' + digit(text.charAt(k))));
                }
                out.append(']');
                copied = i;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= '\uFF10' && c <= '\uFF19' ? c - '\uFF10' : -1;
    }

    private static boolean luhn(String text, int start, int end) {
        int sum = 0;
        boolean twice = false;
        for (int k = end - 1; k >= start; k--) {
            int d = digit(text.charAt(k));
            if (twice) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static String replace(NormalizedText normalized, List<int[]> spans, List<String> replacements) {
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
        String text = normalized.original;
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int i : order) {
            int start = normalized.originalStart(spans.get(i)[0]);
            int end = normalized.originalEnd(spans.get(i)[1] - 1);
            if (start < copied) {
                continue;
            }
            out.append(text, copied, start).append(replacements.get(i));
            copied = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * The last four digits of a card this method masked before ({@code [card ****1111]}) are no
     * security code, even after a card word: masking a masked text changes nothing.
     */
    private static boolean lastFourOfMask(NormalizedText text, int start) {
        return text.regionMatches(start - MASK_PREFIX.length(), MASK_PREFIX) && text.at(start + 4) == ']';
    }

    /** Cards come sorted and apart, so a binary search tells whether a digit group is part of one. */
    private static boolean insideCard(List<int[]> spans, int cards, int at) {
        int lo = 0;
        int hi = cards - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] card = spans.get(mid);
            if (at < card[0]) {
                hi = mid - 1;
            } else if (at >= card[1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static int digits(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < 3; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19') {
                n++;
            }
        }
        return n;
    }
}
