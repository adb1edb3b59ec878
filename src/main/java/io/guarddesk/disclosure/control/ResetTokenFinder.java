package io.guarddesk.disclosure.control;

/**
 * Finds password-reset tokens and links ({@code gdr1.<payload>.<signature>}, R2.2, R2.4): refused
 * unless the exact token, case and all, is one this very message was rendered with.
 */
final class ResetTokenFinder {

    private ResetTokenFinder() {
    }

    static void find(Secrets secrets, Hits hits, Allowance allowance) {
        NormalizedText t = secrets.text();
        String prefix = ResetTokens.PREFIX;
        Triggers triggers = secrets.triggers();
        int done = 0;
        for (int k = 0; k < triggers.count(); k++) {
            int at = triggers.position(k);
            if (triggers.group(k) != Triggers.Group.RESET_TOKEN || at < done) {
                continue;
            }
            int end = at + prefix.length();
            int dots = 0;
            while (end < t.length && (base64url(t.chars[end]) || t.chars[end] == '.' && dots++ == 0
                    && base64url(t.at(end + 1)))) {
                end++;
            }
            done = end;
            if (end == at + prefix.length()) {
                continue;
            }
            String token = secrets.original(at, end);
            if (allowance.allowsResetToken(token)) {
                secrets.allow(at, end);
                hits.allow(at, end);
            } else {
                secrets.add(FindingKind.RESET_TOKEN, at, end, Masks.secret(token));
            }
        }
    }

    static boolean base64url(char c) {
        return Chars.isDigit(c) || c >= 'a' && c <= 'z' || c == '_' || c == '-';
    }
}
