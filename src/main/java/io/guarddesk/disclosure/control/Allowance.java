package io.guarddesk.disclosure.control;

import java.util.Collection;
import java.util.List;

/**
 * What a message may carry for its recipient (R2.6): the identifiers of the accounts the verified
 * requester owns, the requester's own address, and the exact reset tokens this very message was
 * rendered with. {@link #none()} is the allowance of an unverified requester: every account
 * identifier is refused (R1.3).
 */
public final class Allowance {

    // CONTRACT: the implementation decides the representation (normalised keys).
    public static Allowance none() {
        return of(List.of(), null, List.of());
    }

    public static Allowance of(Collection<AccountIdentifiers> ownAccounts, String requesterEmail,
                               Collection<String> ownResetTokens) {
        throw new UnsupportedOperationException("contract");
    }
}
