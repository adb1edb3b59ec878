package io.guarddesk.disclosure.control;

import java.util.Arrays;
import java.util.List;

/**
 * Finds secrets no issuer prefix gives away (R2.4): a token of 20+ characters of mixed classes
 * with a Shannon entropy of at least {@link #MIN_ENTROPY} bits a character, within a few words of a
 * credential word ({@code token}, {@code secret}, {@code key}, {@code トークン}, {@code 認証コード} …).
 * Both conditions together: random-looking strings alone are too common (order references, hashes
 * in URLs), and credential words alone are ordinary support language.
 */
final class SecretTokens {

    static final double MIN_ENTROPY = 3.5;
    static final int MIN_LENGTH = 20;
    /** Hex tokens count from this length whatever their entropy ({@link #hex}). */
    static final int MIN_HEX = 24;
    /** Longer runs are data, not a credential; the bound also keeps the checks linear. */
    static final int MAX_LENGTH = 512;
    private static final int WORDS_BEFORE = 48;
    private static final int WORDS_AFTER = 24;


    private static final List<String> DOMAINS = List.of(".com", ".net", ".org", ".jp", ".io", ".co", ".info");

    private SecretTokens() {
    }

    static void find(Secrets secrets) {
        NormalizedText t = secrets.text();
        int[] words = credentialWords(t, secrets.triggers());
        if (words.length == 0) {
            return;
        }
        char[] c = t.chars;
        // only the tokens that reach into [word start - WORDS_AFTER, word end + WORDS_BEFORE] are read, each once
        int done = 0;
        for (int w = 0; w < words.length; w += 2) {
            int i = Math.max(done, words[w] - WORDS_AFTER);
            int limit = Math.min(t.length, words[w + 1] + WORDS_BEFORE);
            while (i > done && tokenChar(c[i - 1]) && words[w] - i < MAX_LENGTH + WORDS_AFTER) {
                i--;
            }
            while (i < limit) {
                if (!tokenChar(c[i])) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < t.length && tokenChar(c[i]) && i - s <= MAX_LENGTH) {
                    i++;
                }
                int e = i;
                while (i < t.length && c[i] == '=') {
                    i++;
                }
                candidate(secrets, s, e);
            }
            done = Math.max(done, i);
        }
    }

    private static void candidate(Secrets secrets, int s, int e) {
        // the full stop of the sentence a token ends is not part of it
        while (e > s && secrets.text().chars[e - 1] == '.') {
            e--;
        }
        if (e - s >= MIN_LENGTH && e - s <= MAX_LENGTH && !secrets.text().regionMatches(s, ResetTokens.PREFIX)
                && !DeskReferences.is(secrets.text(), s, e)) {
            String value = secrets.original(s, e);
            if (!looksLikeAddress(value) && (hex(secrets.text(), s, e) || mixed(value) && entropy(value) >= MIN_ENTROPY)) {
                secrets.add(FindingKind.SECRET_TOKEN, s, e, Masks.secret(value));
            }
        }
    }

    /** Start and end of each credential word, in text order. */
    private static int[] credentialWords(NormalizedText t, Triggers triggers) {
        int[] found = new int[16];
        int n = 0;
        for (int k = 0; k < triggers.count(); k++) {
            Triggers.Group group = triggers.group(k);
            if (group != Triggers.Group.CREDENTIAL_LATIN && group != Triggers.Group.CREDENTIAL_JAPANESE) {
                continue;
            }
            int at = triggers.position(k);
            int end = at + triggers.word(k).length();
            // a word inside one of the desk's references is chance, not a label (DeskReferences)
            if (DeskReferences.covers(t, at)) {
                continue;
            }
            if (group == Triggers.Group.CREDENTIAL_LATIN && (Chars.isLatinLetter(t.at(at - 1))
                    || Chars.isLatinLetter(t.at(end)) && !(t.at(end) == 's' && !Chars.isLatinLetter(t.at(end + 1))))) {
                continue;
            }
            if (n + 2 > found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = at;
            found[n++] = end;
        }
        return Arrays.copyOf(found, n);
    }

    private static boolean tokenChar(char c) {
        return Chars.isDigit(c) || c >= 'a' && c <= 'z' || "_-+/.~".indexOf(c) >= 0;
    }

    /** A URL or host name, not a secret: no regular expression, so a long token costs one pass per domain. */
    private static boolean looksLikeAddress(String value) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        if (v.contains("//") || v.startsWith("www.")) {
            return true;
        }
        for (String domain : DOMAINS) {
            if (v.endsWith(domain) || v.endsWith(domain + ".") || v.contains(domain + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 24+ hex digits with letters and digits both: a hex secret's entropy is at most 4 bits a
     * character and a random 32-digit one often falls under {@link #MIN_ENTROPY}, so its alphabet is
     * the test. Next to a credential word, that is what a session or API token looks like.
     */
    private static boolean hex(NormalizedText t, int s, int e) {
        if (e - s < MIN_HEX) {
            return false;
        }
        boolean digit = false;
        boolean letter = false;
        for (int k = s; k < e; k++) {
            char c = t.chars[k];
            if (Chars.isDigit(c)) {
                digit = true;
            } else if (c >= 'a' && c <= 'f') {
                letter = true;
            } else {
                return false;
            }
        }
        return digit && letter;
    }

    private static boolean mixed(String value) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
            digit |= Character.isDigit(c);
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) >= 2;
    }

    static double entropy(String value) {
        int[] counts = new int[128];
        int other = 0;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        double n = value.length();
        for (int count : counts) {
            if (count > 0) {
                h -= count / n * (Math.log(count / n) / Math.log(2));
            }
        }
        if (other > 0) {
            h -= other / n * (Math.log(other / n) / Math.log(2));
        }
        return h;
    }
}
