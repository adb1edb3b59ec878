package io.guarddesk.disclosure.control;

import java.util.Arrays;

/**
 * Finds Luhn-valid card numbers of 13–19 digits in normalised text, in any grouping: full-width
 * digits and separators are already ASCII, and groups may be split by spaces, hyphens, dots, the
 * long-vowel mark used as a dash, or a line break (R2.4, R4.1).
 *
 * <p>Digits glued in front ({@code 99 4111 1111 1111 1111}) must not hide a card, so not only whole
 * digit runs are checked: every window of consecutive groups is, starting at each group. A single
 * unseparated run longer than 19 digits is also checked for a card as its prefix or suffix. Each
 * start tries at most 19 digits of groups, so the work is linear in the text.
 */
final class CardNumbers {

    /** Receives one card: normalised span and its last four digits. */
    interface Sink {
        void card(int start, int end, String lastFour);
    }

    private CardNumbers() {
    }

    /** {@code issuerPrefixOnly}: only numbers in a card network's range (the scan); intake masks any. */
    static void find(NormalizedText text, Tokens tokens, boolean issuerPrefixOnly, Sink sink) {
        char[] c = text.chars;
        int[] gs = new int[16];
        int[] ge = new int[16];
        // end of the whole digit run each group belongs to (groups are split at dropped characters)
        int[] re = new int[16];
        int groups = 0;
        for (int k = 0; k < tokens.count; k++) {
            if ((tokens.classes[k] & Chars.DIGIT) == 0) {
                continue;
            }
            // the digit groups of the token: all of it, or its digit runs when letters are mixed in
            int i = tokens.start[k];
            while (i < tokens.end[k]) {
                if (!Chars.isDigit(c[i])) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < tokens.end[k] && Chars.isDigit(c[i])) {
                    i++;
                }
                if (groups > 0 && !joins(c, ge[groups - 1], s)) {
                    sequence(c, gs, ge, re, groups, issuerPrefixOnly, sink);
                    groups = 0;
                }
                // a character the normaliser dropped (an emoji, a zero-width or unassigned one) ends a
                // group too: the digits on either side may be a card on their own (3😀99000…), and
                // together they still make a window of whole groups
                int g = s;
                // one original character per digit, nothing between: one group, no per-digit pass (R2.8)
                boolean plainRun = text.originalEnd(i - 1) - text.originalStart(s) == i - s;
                for (int p = plainRun ? i : s + 1; p <= i; p++) {
                    if (p == i || text.originalStart(p) > text.originalEnd(p - 1)) {
                        if (groups == gs.length) {
                            gs = Arrays.copyOf(gs, groups * 2);
                            ge = Arrays.copyOf(ge, groups * 2);
                            re = Arrays.copyOf(re, groups * 2);
                        }
                        gs[groups] = g;
                        ge[groups] = p;
                        re[groups++] = i;
                        g = p;
                    }
                }
            }
        }
        if (groups > 0) {
            sequence(c, gs, ge, re, groups, issuerPrefixOnly, sink);
        }
    }

    private static boolean joins(char[] c, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!isSeparator(c[k])) {
                return false;
            }
        }
        return true;
    }

    static boolean isSeparator(char c) {
        return c == ' ' || c == '\n' || c == '-' || c == '.' || c == '\u30FC';
    }

    private static void sequence(char[] c, int[] gs, int[] ge, int[] re, int groups, boolean iin, Sink sink) {
        int i = 0;
        while (i < groups) {
            int chosen = -1;
            int digits = 0;
            for (int j = i; j < groups; j++) {
                digits += ge[j] - gs[j];
                if (digits > 19) {
                    break;
                }
                // the longest valid window of whole groups: 16 digits that pass Luhn inside an 18- or
                // 19-digit card (6228 0295 8117 6452 18) must not leave its last group in clear (R4.1)
                if (digits >= 13 && valid(c, gs, ge, i, j, iin)) {
                    chosen = j;
                }
            }
            if (chosen >= 0) {
                sink.card(gs[i], ge[chosen], lastFour(c, gs, ge, chosen));
                i = chosen + 1;
                continue;
            }
            boolean runStart = i == 0 || re[i - 1] != re[i];
            if (runStart && re[i] - gs[i] > 19) {
                longRun(c, gs[i], re[i], iin, sink);
            }
            i++;
        }
    }

    /**
     * A card as the prefix or suffix of a longer digit run. The scan ({@code iin}) names the card's own
     * span; the intake mask takes the whole run, so that what is left of it cannot be a card again
     * (a run of 250 sixes holds a card at every offset) and masking a masked text changes nothing.
     */
    private static void longRun(char[] c, int s, int e, boolean iin, Sink sink) {
        for (int len = 19; len >= 13; len--) {
            if (luhn(c, s, s + len, iin)) {
                sink.card(s, iin ? s + len : e, new String(c, s + len - 4, 4));
                return;
            }
            if (luhn(c, e - len, e, iin)) {
                sink.card(iin ? e - len : s, e, new String(c, e - 4, 4));
                return;
            }
        }
    }

    private static boolean valid(char[] c, int[] gs, int[] ge, int from, int to, boolean iin) {
        if (iin && !issuerPrefix(firstFour(c, gs, ge, from))) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int g = to; g >= from; g--) {
            for (int k = ge[g] - 1; k >= gs[g]; k--) {
                sum += luhnDigit(c[k] - '0', doubled);
                doubled = !doubled;
            }
        }
        return sum % 10 == 0;
    }

    private static boolean luhn(char[] c, int s, int e, boolean iin) {
        if (iin && !issuerPrefix((c[s] - '0') * 1000 + (c[s + 1] - '0') * 100 + (c[s + 2] - '0') * 10 + c[s + 3] - '0')) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int k = e - 1; k >= s; k--) {
            sum += luhnDigit(c[k] - '0', doubled);
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static int luhnDigit(int d, boolean doubled) {
        if (!doubled) {
            return d;
        }
        return d * 2 > 9 ? d * 2 - 9 : d * 2;
    }

    /**
     * The issuer ranges of the card networks in use: Mastercard 2221–2720 and 51–55, Amex 34/37,
     * JCB 35, Diners 30/36/38/39, Visa 4, Maestro 50/56–58, Discover/UnionPay 60/62/64/65. Outgoing
     * text is checked against them because a card finding can never be released (R2.7): a 16-digit
     * order reference that starts with a date ({@code 2024…}) and happens to pass Luhn is no card.
     */
    private static boolean issuerPrefix(int firstFour) {
        int two = firstFour / 100;
        return firstFour >= 2221 && firstFour <= 2720 || two / 10 == 4 || two >= 50 && two <= 58
                || two == 34 || two == 37 || two == 35 || two == 30 || two == 36 || two == 38 || two == 39
                || two == 60 || two == 62 || two == 64 || two == 65;
    }

    private static int firstFour(char[] c, int[] gs, int[] ge, int from) {
        int value = 0;
        int digits = 0;
        for (int g = from; digits < 4; g++) {
            for (int k = gs[g]; k < ge[g] && digits < 4; k++) {
                value = value * 10 + c[k] - '0';
                digits++;
            }
        }
        return value;
    }

    private static String lastFour(char[] c, int[] gs, int[] ge, int last) {
        char[] four = new char[4];
        int k = 4;
        for (int g = last; g >= 0 && k > 0; g--) {
            for (int p = ge[g] - 1; p >= gs[g] && k > 0; p--) {
                four[--k] = c[p];
            }
        }
        return new String(four);
    }
}
