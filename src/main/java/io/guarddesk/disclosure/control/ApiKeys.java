package io.guarddesk.disclosure.control;

/**
 * Finds API keys by their issuers' published shapes (R2.4): AWS access key ids
 * ({@code AKIA…}/{@code ASIA…}, 20 upper-case characters), Stripe secret and restricted keys
 * ({@code sk_live_}, {@code rk_live_}), GitHub tokens ({@code ghp_ … github_pat_}), Slack tokens
 * ({@code xoxb-} …), Google API keys ({@code AIza…}, 39 characters), SendGrid keys
 * ({@code SG.<22>.<43>}), and any value after an
 * {@code api key} label. The prefixes are found by {@link Triggers}; no regular
 * expression, so a hostile text cannot make it backtrack.
 */
final class ApiKeys {

    private static final String[][] PREFIXES = {
        // prefix, minimum length after it
        {"sk_live_", "10"}, {"rk_live_", "10"}, {"ghp_", "30"}, {"gho_", "30"}, {"ghu_", "30"}, {"ghs_", "30"},
        {"ghr_", "30"}, {"github_pat_", "20"}, {"xoxa-", "10"}, {"xoxb-", "10"}, {"xoxp-", "10"}, {"xoxr-", "10"},
        {"xoxs-", "10"},
    };

    private static final String SENDGRID = "sg.";

    private ApiKeys() {
    }

    static void find(Secrets secrets) {
        NormalizedText t = secrets.text();
        Triggers triggers = secrets.triggers();
        for (int k = 0; k < triggers.count(); k++) {
            int s = triggers.position(k);
            if (triggers.group(k) != Triggers.Group.API_KEY_PREFIX || keyChar(t.at(s - 1))) {
                continue;
            }
            if (t.regionMatches(s, SENDGRID)) {
                sendGrid(secrets, s);
                continue;
            }
            int e = s;
            while (e < t.length && keyChar(t.chars[e]) && e - s < 256) {
                e++;
            }
            token(secrets, s, e);
        }
        labelled(secrets);
    }

    /** {@code SG.} then 22 and 43 characters of base64url, dot-separated: SendGrid's shape, found anywhere. */
    private static void sendGrid(Secrets secrets, int s) {
        NormalizedText t = secrets.text();
        int first = keyRun(t, s + SENDGRID.length(), 22);
        if (first != 22 || t.at(s + SENDGRID.length() + first) != '.') {
            return;
        }
        int from = s + SENDGRID.length() + first + 1;
        int second = keyRun(t, from, 43);
        if (second == 43 && !keyChar(t.at(from + second))) {
            secrets.add(FindingKind.API_KEY, s, from + second, Masks.secret(secrets.original(s, from + second)));
        }
    }

    /** How many key characters follow {@code from}, counting up to {@code max + 1}. */
    private static int keyRun(NormalizedText t, int from, int max) {
        int i = from;
        while (i < t.length && i - from <= max && keyChar(t.chars[i])) {
            i++;
        }
        return i - from;
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
        Triggers triggers = secrets.triggers();
        for (int k = 0; k < triggers.count(); k++) {
            if (triggers.group(k) != Triggers.Group.API_KEY_LABEL) {
                continue;
            }
            int at = triggers.position(k);
            int i = at + triggers.word(k).length();
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
