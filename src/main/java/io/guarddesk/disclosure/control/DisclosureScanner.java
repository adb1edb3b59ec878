package io.guarddesk.disclosure.control;

import java.util.List;

/**
 * The send-time scan (R2.3, R2.4): finds in the final rendered text every identifier of an
 * account not covered by the allowance, and everything credential-shaped (passwords after a
 * label, API keys, JWTs, private keys, high-entropy tokens next to credential words, reset
 * tokens not allowed, Luhn-valid card numbers). An empty list means the text may leave.
 */
public final class DisclosureScanner {

    public DisclosureScanner(IdentifierIndex index) {
        throw new UnsupportedOperationException("contract");
    }

    public List<Finding> scan(List<OutgoingPart> parts, Allowance allowance) {
        throw new UnsupportedOperationException("contract");
    }
}
