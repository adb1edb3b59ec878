package io.guarddesk.disclosure.control;

/**
 * Every identifier of every account in the directory, as compact normalised keys (R2.8: 1 M
 * accounts in ≤ 64 MB, built in ≤ 10 s). Thread-safe: scans run while {@link #apply} changes it,
 * and a change is visible to every scan that starts after {@code apply} returns.
 */
public final class IdentifierIndex {

    public static Builder builder(int expectedAccounts) {
        throw new UnsupportedOperationException("contract");
    }

    /**
     * One account changed without a rebuild: {@code before} (null for a new account) leaves the
     * index, {@code after} (null for a removed one) enters it. Identifiers shared by several
     * accounts stay as long as one account still has them.
     */
    public void apply(AccountIdentifiers before, AccountIdentifiers after) {
        throw new UnsupportedOperationException("contract");
    }

    /** Number of keys held. */
    public long size() {
        throw new UnsupportedOperationException("contract");
    }

    public static final class Builder {
        public Builder add(AccountIdentifiers account) {
            throw new UnsupportedOperationException("contract");
        }

        public IdentifierIndex build() {
            throw new UnsupportedOperationException("contract");
        }
    }
}
