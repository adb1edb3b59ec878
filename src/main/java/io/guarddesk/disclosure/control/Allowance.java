package io.guarddesk.disclosure.control;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a message may carry for its recipient (R2.6): the identifiers of the accounts the verified
 * requester owns, the requester's own address, and the exact reset tokens this very message was
 * rendered with. {@link #none()} is the allowance of an unverified requester: every account
 * identifier is refused (R1.3).
 *
 * <p>Held as the same normalised keys the index holds (kind left out: the requester's own login id
 * is allowed wherever it appears), so any spelling of an own identifier is allowed too.
 */
public final class Allowance {

    private static final Allowance NONE = new Allowance(new long[0], Set.of());

    private final long[] keys;
    private final Set<String> resetTokens;

    private Allowance(long[] keys, Set<String> resetTokens) {
        this.keys = keys;
        this.resetTokens = resetTokens;
    }

    public static Allowance none() {
        return NONE;
    }

    public static Allowance of(Collection<AccountIdentifiers> ownAccounts, String requesterEmail,
                               Collection<String> ownResetTokens) {
        long[][] collected = {new long[16]};
        int[] count = {0};
        KeySink sink = key -> {
            if (count[0] == collected[0].length) {
                collected[0] = Arrays.copyOf(collected[0], count[0] * 2);
            }
            collected[0][count[0]++] = key & ~7L;
        };
        for (AccountIdentifiers account : ownAccounts == null ? List.<AccountIdentifiers>of() : ownAccounts) {
            if (account != null) {
                IdentifierKeys.of(account, sink);
            }
        }
        IdentifierKeys.email(requesterEmail, sink);
        long[] keys = Arrays.stream(collected[0], 0, count[0]).sorted().distinct().toArray();
        Set<String> tokens = ownResetTokens == null ? Set.of()
                : ownResetTokens.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        return new Allowance(keys, tokens);
    }

    /** Whether the key (kind bits clear) is one of the requester's own identifiers. */
    boolean allows(long key) {
        return Arrays.binarySearch(keys, key & ~7L) >= 0;
    }

    /** Only the exact token this message was rendered with: a token is case-sensitive. */
    boolean allowsResetToken(String token) {
        return resetTokens.contains(token);
    }
}
