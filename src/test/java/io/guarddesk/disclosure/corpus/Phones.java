package io.guarddesk.disclosure.corpus;

import java.util.List;

/** The ways a Japanese phone number is written: by people, by forms, by other countries' habits. */
final class Phones {

    enum Style { HYPHEN, PLAIN, SPACES, DOTS, PARENS, INTL_SPACES, INTL_HYPHEN, INTL_PLAIN }

    static final List<Style> STORED = List.of(Style.HYPHEN, Style.PLAIN, Style.INTL_HYPHEN, Style.SPACES);

    private Phones() {
    }

    /** Digits in national form, e.g. {@code 09012345678} or {@code 0312345678}. */
    static String format(String digits, Style style) {
        String[] g = groups(digits);
        return switch (style) {
            case HYPHEN -> String.join("-", g);
            case PLAIN -> digits;
            case SPACES -> String.join(" ", g);
            case DOTS -> String.join(".", g);
            case PARENS -> "(" + g[0] + ") " + g[1] + "-" + g[2];
            case INTL_SPACES -> "+81 " + g[0].substring(1) + " " + g[1] + " " + g[2];
            case INTL_HYPHEN -> "+81-" + g[0].substring(1) + "-" + g[1] + "-" + g[2];
            case INTL_PLAIN -> "+81" + digits.substring(1);
        };
    }

    private static String[] groups(String d) {
        if (d.length() == 11) {
            return new String[] {d.substring(0, 3), d.substring(3, 7), d.substring(7)};
        }
        if (d.startsWith("03") || d.startsWith("06")) {
            return new String[] {d.substring(0, 2), d.substring(2, 6), d.substring(6)};
        }
        return new String[] {d.substring(0, 3), d.substring(3, 6), d.substring(6)};
    }
}
