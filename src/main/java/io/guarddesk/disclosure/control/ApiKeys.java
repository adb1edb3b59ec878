package io.guarddesk.disclosure.control;

/**
 * Finds API keys by their issuers' published shapes (R2.4): AWS access key ids
 * ({@code AKIA…}/{@code ASIA…}, 20 upper-case characters), Stripe secret and restricted keys
 * ({@code sk_live_}, {@code rk_live_}), GitHub tokens ({@code ghp_ … github_pat_}), Slack tokens
 * ({@code xoxb-} …), Google API keys ({@code AIza…}, 39 characters), and any value after an
 * {@code api key} label. One pass over the key-character runs of the text; no regular expression,
 * so a hostile text cannot make it backtrack.
 */
final class ApiKeys {

    private static final String[][] PREFIXES = {
        // prefix, minimum length after it
        {"sk_live_", "10"}, {"rk_live_", "10"}, {"ghp_", "30"}, {"gho_", "30"}, {"ghu_", "30"}, {"ghs_", "30"},
        {"ghr_", "30"}, {"github_pat_", "20"}, {"xoxa-", "10"}, {"xoxb-", "10"}, {"xoxp-", "10"}, {"xoxr-", "10"},
        {"xoxs-", "10"},
    };
    private static final String[] LABELS = {"api_key", "api-key", "apikey", "api key", "x-api-key", "apiキー"};

    private ApiKeys() {
    }

    static void find(Secrets secrets) {
        NormalizedText t = secrets.text();
        char[] c = t.chars;
        int i = 0;
        while (i < t.length) {
            if (!keyChar(c[i])) {
                i++;
                continue;
            }
            int s = i;
            while (i < t.length && keyChar(c[i])) {
                i++;
            }
            token(secrets, s, i);
        }
        labelled(secrets);
    }

    private static void token(Secrets secrets, int s, int e) {
        NormalizedText t = secrets.text();
        int length = e - s;
        if (length < 14) {
            return;
        }
        if (length == 20 && (t.regionMatches(s, "akia") || t.regionMatches(s, "asia"))
                && upperOrDigits(secrets.original(s, e))) {
            secrets.add(FindingKind.API_KEY, s, e, Masks.secret(secrets.original(s, e)));
            return;
        }
        if (length == 39 && secrets.original(s, s + 4).equals("AIza")) {
            secrets.add(FindingKind.API_KEY, s, e, Masks.secret(secrets.original(s, e)));
            return;
        }
        for (String[] prefix : PREFIXES) {
            if (t.regionMatches(s, prefix[0]) && length - prefix[0].length() >= Integer.parseInt(prefix[1])) {
                secrets.add(FindingKind.API_KEY, s, e, Masks.secret(secrets.original(s, e)));
                return;
            }
        }
    }

    /** {@code api_key: <value>} / {@code apiKey="<value>"}: a value of 12+ characters that is not a word. */
    private static void labelled(Secrets secrets) {
        NormalizedText t = secrets.text();
        for (String label : LABELS) {
            String folded = TextNormalizer.fold(label);
            for (int at = t.indexOf(folded, 0); at >= 0; at = t.indexOf(folded, at + 1)) {
                int i = at + folded.length();
                if (Chars.isAlnum(t.at(at - 1))) {
                    continue;
                }
                i = skipSpacesAndQuotes(t, i);
                if (t.at(i) != ':' && t.at(i) != '=') {
                    continue;
                }
                int s = skipSpacesAndQuotes(t, i + 1);
                int e = s;
                while (e < t.length && e - s < 256 && (keyChar(t.chars[e]) || "+/=.".indexOf(t.chars[e]) >= 0)) {
                    e++;
                }
                if (e - s >= 12 && PasswordLabels.looksSecret(secrets.original(s, e))) {
                    secrets.add(FindingKind.API_KEY, s, e, Masks.secret(secrets.original(s, e)));
                }
            }
        }
    }

    static int skipSpacesAndQuotes(NormalizedText t, int i) {
        int limit = i + 3;
        while (i < t.length && i < limit && (t.chars[i] == ' ' || t.chars[i] == '"' || t.chars[i] == '\'')) {
            i++;
        }
        return i;
    }

    static boolean keyChar(char c) {
        return Chars.isDigit(c) || c >= 'a' && c <= 'z' || c == '_' || c == '-';
    }

    private static boolean upperOrDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
