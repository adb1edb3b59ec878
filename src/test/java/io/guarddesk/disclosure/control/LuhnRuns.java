package io.guarddesk.disclosure.control;

/** Card-number-shaped digit runs that pass the Luhn check: what the masker (R4.1) must never leave in a text. */
public final class LuhnRuns {

    private LuhnRuns() {
    }

    /** The first maximal run of 13–19 ASCII or full-width digits that passes Luhn, or null. */
    public static String firstValidRun(String s) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                run.append(c);
            } else if (c >= '０' && c <= '９') {
                run.append((char) (c - '０' + '0'));
            } else {
                if (run.length() >= 13 && run.length() <= 19 && valid(run)) {
                    return run.toString();
                }
                run.setLength(0);
            }
        }
        return null;
    }

    public static boolean valid(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
