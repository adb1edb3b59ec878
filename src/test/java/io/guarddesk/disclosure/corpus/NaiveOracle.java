package io.guarddesk.disclosure.corpus;

import io.guarddesk.disclosure.control.AccountIdentifiers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately simple, slow reading of R2.4 that checks the corpus's own labels, never the
 * scanner: fold width, case, look-alikes, zero-width characters and separators away, then look for
 * each identifier as a substring. {@link #fold} drops spaces too (to recognise a disguised planted
 * value); {@link #containsWord} keeps them as word boundaries, so "Dear Yuko, thanks" is not the
 * login ID "yuko.t".
 */
final class NaiveOracle {

    private static final Map<Character, Character> BACK = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('с', 'c'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'),
            Map.entry('х', 'x'), Map.entry('у', 'y'), Map.entry('і', 'i'), Map.entry('α', 'a'), Map.entry('β', 'b'),
            Map.entry('ε', 'e'), Map.entry('η', 'h'), Map.entry('κ', 'k'), Map.entry('μ', 'm'), Map.entry('ο', 'o'),
            Map.entry('ρ', 'p'), Map.entry('τ', 't'), Map.entry('χ', 'x'), Map.entry('н', 'h'), Map.entry('м', 'm'),
            Map.entry('т', 't'), Map.entry('к', 'k'), Map.entry('в', 'b'));

    private NaiveOracle() {
    }

    static String fold(String s) {
        return fold(s, false);
    }

    static String fold(String s, boolean keepSpaces) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        for (char c : n.toCharArray()) {
            c = BACK.getOrDefault(c, c);
            if (c >= 'ぁ' && c <= 'ゖ') {
                c = (char) (c + 0x60);
            }
            if (Character.isLetterOrDigit(c) || c == '@') {
                b.append(c);
            } else if (keepSpaces && Character.isWhitespace(c) && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return b.toString();
    }

    /** The folded forms under which an account could show up in a text. */
    static List<String> keys(AccountIdentifiers a) {
        List<String> keys = new ArrayList<>();
        add(keys, a.accountNumber());
        add(keys, a.loginId());
        add(keys, a.ownerEmail());
        add(keys, a.holderName());
        add(keys, a.holderNameKana());
        if (a.phone() != null) {
            keys.add(Plants.digitsOf(a.phone()));
            keys.add("81" + Plants.digitsOf(a.phone()).substring(1));
        }
        if (a.holderName() != null && a.holderName().contains(" ")) {
            String[] parts = a.holderName().split(" ");
            add(keys, parts[1] + parts[0]);
        }
        return keys;
    }

    /** Whether {@code foldedText} (folded keeping spaces) holds {@code key} not glued to other Latin letters or digits. */
    static boolean containsWord(String foldedText, String key) {
        for (int at = foldedText.indexOf(key); at >= 0; at = foldedText.indexOf(key, at + 1)) {
            boolean before = at == 0 || !asciiAlnum(foldedText.charAt(at - 1)) || !asciiAlnum(key.charAt(0));
            int end = at + key.length();
            boolean after = end == foldedText.length() || !asciiAlnum(foldedText.charAt(end))
                    || !asciiAlnum(key.charAt(key.length() - 1));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    /** The keys of an account folded keeping spaces: names with and without their space. */
    static List<String> spacedKeys(AccountIdentifiers a) {
        List<String> keys = new ArrayList<>();
        for (String v : new String[] {a.accountNumber(), a.loginId(), a.ownerEmail(), a.holderName(), a.holderNameKana()}) {
            if (v != null) {
                keys.add(fold(v, true));
                keys.add(fold(v, false));
            }
        }
        if (a.holderName() != null && a.holderName().contains(" ")) {
            String[] parts = a.holderName().split(" ");
            keys.add(fold(parts[1] + " " + parts[0], true));
        }
        if (a.phone() != null) {
            keys.add(Plants.digitsOf(a.phone()));
        }
        return keys;
    }

    private static boolean asciiAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static void add(List<String> keys, String value) {
        if (value != null) {
            keys.add(fold(value));
        }
    }
}
