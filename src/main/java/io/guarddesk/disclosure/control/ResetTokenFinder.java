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
        for (int at = t.indexOf(prefix, 0); at >= 0; at = t.indexOf(prefix, at + prefix.length())) {
            int end = at + prefix.length();
            int dots = 0;
            while (end < t.length && (base64url(t.chars[end]) || t.chars[end] == '.' && dots++ == 0
                    && base64url(t.at(end + 1)))) {
                end++;
            }
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
