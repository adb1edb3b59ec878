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
        Triggers triggers = secrets.triggers();
        int done = 0;
        for (int k = 0; k < triggers.count(); k++) {
            int at = triggers.position(k);
            if (triggers.group(k) != Triggers.Group.PEM_BEGIN || at < done) {
                continue;
            }
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
            done = end;
        }
    }

    private static void jwt(Secrets secrets) {
        NormalizedText t = secrets.text();
        Triggers triggers = secrets.triggers();
        // segments already read: a text of many "eyJ" is read once, not once per "eyJ"
        int done = 0;
        for (int k = 0; k < triggers.count(); k++) {
            int at = triggers.position(k);
            if (triggers.group(k) != Triggers.Group.JWT || at < done || ApiKeys.keyChar(t.at(at - 1))) {
                continue;
            }
            int headerEnd = segment(t, at);
            done = headerEnd;
            if (headerEnd - at < 10 || t.at(headerEnd) != '.' || !t.regionMatches(headerEnd + 1, "eyj")) {
                continue;
            }
            int payloadEnd = segment(t, headerEnd + 1);
            done = payloadEnd;
            if (payloadEnd - headerEnd < 10 || t.at(payloadEnd) != '.') {
                continue;
            }
            int end = segment(t, payloadEnd + 1);
            done = end;
            secrets.add(FindingKind.JWT, at, end, Masks.secret(secrets.original(at, end)));
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
