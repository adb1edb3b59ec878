package io.guarddesk.disclosure.corpus;

import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** The disguises R2.4 names: case, width, separators, zero-width and look-alike characters, line breaks. */
final class Obfuscation {

    private static final char[] ZERO_WIDTH = {'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'};
    /** Latin letters and their Cyrillic or Greek twins. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('a', 'а'), Map.entry('c', 'с'), Map.entry('e', 'е'), Map.entry('o', 'о'),
            Map.entry('p', 'р'), Map.entry('x', 'х'), Map.entry('y', 'у'), Map.entry('i', 'і'),
            Map.entry('A', 'Α'), Map.entry('B', 'Β'), Map.entry('C', 'С'), Map.entry('E', 'Ε'),
            Map.entry('H', 'Н'), Map.entry('K', 'Κ'), Map.entry('M', 'М'), Map.entry('O', 'Ο'),
            Map.entry('P', 'Р'), Map.entry('T', 'Т'), Map.entry('X', 'Χ'));

    private Obfuscation() {
    }

    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == ' ') {
                b.append('\u3000');
            } else if (c > ' ' && c < 0x7F) {
                b.append((char) (c - 0x21 + 0xFF01));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** One or two invisible characters between visible ones. */
    static String zeroWidth(String s, Random rnd) {
        StringBuilder b = new StringBuilder(s);
        int count = 1 + rnd.nextInt(2);
        for (int i = 0; i < count && s.length() > 1; i++) {
            b.insert(1 + rnd.nextInt(b.length() - 1), ZERO_WIDTH[rnd.nextInt(ZERO_WIDTH.length)]);
        }
        return b.toString();
    }

    /** Every look-alike-able letter has an even chance of being swapped; at least one is. */
    static String lookAlike(String s, Random rnd) {
        StringBuilder b = new StringBuilder(s);
        int swapped = 0;
        int last = -1;
        for (int i = 0; i < b.length(); i++) {
            Character twin = LOOK_ALIKES.get(b.charAt(i));
            if (twin != null) {
                last = i;
                if (rnd.nextBoolean()) {
                    b.setCharAt(i, twin);
                    swapped++;
                }
            }
        }
        if (swapped == 0 && last >= 0) {
            b.setCharAt(last, LOOK_ALIKES.get(b.charAt(last)));
        }
        return b.toString();
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String mixedCase(String s, Random rnd) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(rnd.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** A line break where a mail client might wrap: after a separator or in a digit run. */
    static String lineBreak(String s, Random rnd) {
        int from = s.length() / 3;
        int to = Math.max(from + 1, 2 * s.length() / 3);
        int at = from + rnd.nextInt(to - from);
        String nl = rnd.nextInt(3) == 0 ? "\r\n" : "\n";
        return s.substring(0, at) + nl + s.substring(at);
    }

    /** Digits and capital letters of an account number, regrouped: {@code C 100 234}, {@code C-100-234}. */
    static String regroupAccount(String number, int style) {
        String digits = number.substring(2);
        return switch (style) {
            case 0 -> "C " + digits.substring(0, 3) + " " + digits.substring(3);
            case 1 -> "C-" + digits.substring(0, 3) + "-" + digits.substring(3);
            case 2 -> "C" + digits;
            case 3 -> "C_" + digits;
            case 4 -> "C\u2013" + digits;
            default -> "C－" + digits;
        };
    }
}
