package io.guarddesk.disclosure.control;

/**
 * The shape of a password-reset token as the scanner recognises it: {@code gdr1.<payload>.<signature>},
 * both parts base64url without padding. The accounts feature issues them; the scanner refuses any
 * such token not allowed for this message.
 */
public final class ResetTokens {

    public static final String PREFIX = "gdr1.";

    private ResetTokens() {
    }
}
