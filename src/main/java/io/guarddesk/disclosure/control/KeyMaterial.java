package io.guarddesk.disclosure.control;

/**
 * Finds PEM private keys ({@code -----BEGIN … PRIVATE KEY-----} up to its END line) and JSON Web
 * Tokens ({@code eyJ….eyJ….signature}, header and payload being base64url JSON) (R2.4).
 */
final class KeyMaterial {

    private static final int MAX_PEM = 20_000;

    private KeyMaterial() {
    }

    static void find(Secrets secrets) {
        pem(secrets);
        jwt(secrets);
    }

    private static void pem(Secrets secrets) {
        NormalizedText t = secrets.text();
        // the next END line, searched forward once and reused: a text of many BEGIN lines stays linear
        int nextFooter = -1;
        boolean noMoreFooters = false;
        for (int at = t.indexOf("-----begin", 0); at >= 0; at = t.indexOf("-----begin", at + 10)) {
            int header = t.indexOf("private key-----", at, at + 40);
            if (header < 0) {
                continue;
            }
            int end = header + "private key-----".length();
            if (!noMoreFooters && nextFooter < end) {
                nextFooter = t.indexOf("-----end", end);
                noMoreFooters = nextFooter < 0;
            }
            int footer = !noMoreFooters && nextFooter - end < MAX_PEM ? nextFooter : -1;
            if (footer >= 0) {
                int close = t.indexOf("-----", footer + 8, footer + 60);
                end = close >= 0 ? close + 5 : footer + 8;
            }
            secrets.add(FindingKind.PRIVATE_KEY, at, end, Masks.ELLIPSIS);
            at = end - 10;
        }
    }

    private static void jwt(Secrets secrets) {
        NormalizedText t = secrets.text();
        for (int at = t.indexOf("eyj", 0); at >= 0; at = t.indexOf("eyj", at + 3)) {
            if (ApiKeys.keyChar(t.at(at - 1))) {
                continue;
            }
            int headerEnd = segment(t, at);
            if (headerEnd - at < 10 || t.at(headerEnd) != '.' || !t.regionMatches(headerEnd + 1, "eyj")) {
                at = Math.max(at, headerEnd - 3);
                continue;
            }
            int payloadEnd = segment(t, headerEnd + 1);
            if (payloadEnd - headerEnd < 10 || t.at(payloadEnd) != '.') {
                at = Math.max(at, payloadEnd - 3);
                continue;
            }
            int end = segment(t, payloadEnd + 1);
            secrets.add(FindingKind.JWT, at, end, Masks.secret(secrets.original(at, end)));
            at = Math.max(at, end - 3);
        }
    }

    private static int segment(NormalizedText t, int from) {
        int i = from;
        while (i < t.length && ApiKeys.keyChar(t.chars[i])) {
            i++;
        }
        return i;
    }
}
