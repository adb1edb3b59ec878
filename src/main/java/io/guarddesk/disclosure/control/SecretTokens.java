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
    /** Longer runs are data, not a credential; the bound also keeps the checks linear. */
    static final int MAX_LENGTH = 512;
    private static final int WORDS_BEFORE = 48;
    private static final int WORDS_AFTER = 24;

    private static final List<String> LATIN = List.of("token", "secret", "key", "apikey", "bearer", "credential",
            "credentials", "auth", "authorization", "access_key", "client_secret", "private");
    private static final List<String> JAPANESE = List.of("トークン", "シークレット", "認証コード", "アクセスキー", "キー",
            "秘密鍵", "認証", "鍵").stream().map(TextNormalizer::fold).toList();

    private SecretTokens() {
    }

    static void find(Secrets secrets) {
        NormalizedText t = secrets.text();
        int[] words = credentialWords(t);
        if (words.length == 0) {
            return;
        }
        char[] c = t.chars;
        int i = 0;
        while (i < t.length) {
            if (!tokenChar(c[i])) {
                i++;
                continue;
            }
            int s = i;
            while (i < t.length && tokenChar(c[i])) {
                i++;
            }
            int e = i;
            while (i < t.length && c[i] == '=') {
                i++;
            }
            if (e - s >= MIN_LENGTH && e - s <= MAX_LENGTH && near(words, s, e) && !t.regionMatches(s, ResetTokens.PREFIX)) {
                String value = secrets.original(s, e);
                if (!looksLikeAddress(value) && mixed(value) && entropy(value) >= MIN_ENTROPY) {
                    secrets.add(FindingKind.SECRET_TOKEN, s, e, Masks.secret(value));
                }
            }
        }
    }

    /** Sorted positions (start and end) of credential words. */
    private static int[] credentialWords(NormalizedText t) {
        int[] found = new int[16];
        int n = 0;
        for (List<String> list : List.of(LATIN, JAPANESE)) {
            for (String w : list) {
                for (int at = t.indexOf(w, 0); at >= 0; at = t.indexOf(w, at + w.length())) {
                    int end = at + w.length();
                    if (list == LATIN && (Chars.isLatinLetter(t.at(at - 1))
                            || Chars.isLatinLetter(t.at(end)) && !(t.at(end) == 's' && !Chars.isLatinLetter(t.at(end + 1))))) {
                        continue;
                    }
                    if (n + 2 > found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = at;
                    found[n++] = end;
                }
            }
        }
        int[] positions = Arrays.copyOf(found, n);
        Arrays.sort(positions);
        return positions;
    }

    private static boolean near(int[] words, int s, int e) {
        int k = Arrays.binarySearch(words, s - WORDS_BEFORE);
        k = k >= 0 ? k : -k - 1;
        return k < words.length && words[k] <= e + WORDS_AFTER;
    }

    private static boolean tokenChar(char c) {
        return Chars.isDigit(c) || c >= 'a' && c <= 'z' || "_-+/.~".indexOf(c) >= 0;
    }

    private static boolean looksLikeAddress(String value) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return v.contains("//") || v.startsWith("www.") || v.matches("(?s).*\\.(com|net|org|jp|io|co|info)(/.*|\\.?)$");
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
