package io.guarddesk.disclosure.control;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every identifier of every account in the directory, as compact normalised keys (R2.8: 1 M
 * accounts in ≤ 64 MB, built in ≤ 10 s). Thread-safe: scans run while {@link #apply} changes it,
 * and a change is visible to every scan that starts after {@code apply} returns.
 *
 * <p>Layout: the keys of the build in one sorted {@code long[]} ({@link SortedKeys}), a Bloom filter
 * in front of it ({@link KeyFilter}), the name prefilters ({@link NamePrefilters}), and the changes
 * since the build as a small immutable {@link Overlay} behind a volatile field. No trie: a trie
 * costs about 1 GB of heap per million identifiers here (PLATFORM.md).
 */
public final class IdentifierIndex {

    private final SortedKeys base;
    private final KeyFilter filter;
    private final NamePrefilters names;
    private volatile Overlay overlay = Overlay.EMPTY;

    private IdentifierIndex(SortedKeys base, KeyFilter filter, NamePrefilters names) {
        this.base = base;
        this.filter = filter;
        this.names = names;
    }

    public static Builder builder(int expectedAccounts) {
        return new Builder(expectedAccounts);
    }

    /**
     * One account changed without a rebuild: {@code before} (null for a new account) leaves the
     * index, {@code after} (null for a removed one) enters it. Identifiers shared by several
     * accounts stay as long as one account still has them.
     */
    public synchronized void apply(AccountIdentifiers before, AccountIdentifiers after) {
        Map<Long, Integer> changes = new HashMap<>();
        if (before != null) {
            IdentifierKeys.of(before, key -> changes.merge(key, -1, Integer::sum));
        }
        if (after != null) {
            IdentifierKeys.of(after, new KeySink() {
                @Override
                public void key(long key) {
                    changes.merge(key, 1, Integer::sum);
                    filter.add(key);
                }

                @Override
                public void nameWord(long wordHash) {
                    names.addWord(wordHash);
                }

                @Override
                public void cjkName(char first, char second, int length) {
                    names.addCjk(first, second, length);
                }
            });
        }
        changes.values().removeIf(d -> d == 0);
        if (!changes.isEmpty()) {
            // the volatile write publishes the filter and prefilter bits set above as well
            overlay = overlay.with(changes);
        }
    }

    /** Number of keys held. */
    public long size() {
        return base.size() + overlay.totalDelta();
    }

    /** Heap held by the index, counted from its arrays (object headers included, roughly). */
    public long retainedBytes() {
        return base.retainedBytes() + filter.retainedBytes() + names.retainedBytes() + overlay.retainedBytes() + 64;
    }

    /** A consistent view for one scan: the changes published so far, read once. */
    Lookup lookup() {
        return new Lookup(this, overlay);
    }

    NamePrefilters names() {
        return names;
    }

    /**
     * The kind code of a key (kind bits clear) that at least one account holds, or -1. Counts of the
     * build and of the overlay are added per kind, so a removed identifier is gone and a shared one
     * stays.
     */
    int kindOf(long key, Overlay changes) {
        if (!filter.mightContain(key)) {
            return -1;
        }
        int i = base.lowerBound(key);
        while ((base.at(i) & ~7L) == key) {
            long full = base.at(i);
            int n = 0;
            while (base.at(i) == full) {
                n++;
                i++;
            }
            if (n + changes.delta(full) > 0) {
                return (int) (full & 7);
            }
        }
        if (!changes.isEmpty()) {
            for (int j = changes.lowerBound(key); (changes.keyAt(j) & ~7L) == key; j++) {
                long full = changes.keyAt(j);
                if (changes.deltaAt(j) > 0 && base.count(full) + changes.deltaAt(j) > 0) {
                    return (int) (full & 7);
                }
            }
        }
        return -1;
    }

    public static final class Builder {

        private long[] keys;
        private int count;
        private final NamePrefilters names = new NamePrefilters();
        private final KeySink sink = new KeySink() {
            @Override
            public void key(long key) {
                if (count == keys.length) {
                    keys = Arrays.copyOf(keys, keys.length + (keys.length >> 1) + 16);
                }
                keys[count++] = key;
            }

            @Override
            public void nameWord(long wordHash) {
                names.addWord(wordHash);
            }

            @Override
            public void cjkName(char first, char second, int length) {
                names.addCjk(first, second, length);
            }
        };

        private Builder(int expectedAccounts) {
            // about 5.5 keys an account: sized so that a million accounts never copy the array
            this.keys = new long[Math.max(16, expectedAccounts * 6)];
        }

        public Builder add(AccountIdentifiers account) {
            IdentifierKeys.of(account, sink);
            return this;
        }

        public IdentifierIndex build() {
            SortedKeys sorted = new SortedKeys(keys, count);
            keys = new long[16];
            KeyFilter filter = new KeyFilter(sorted.size());
            for (int i = 0; i < sorted.size(); i++) {
                filter.add(sorted.at(i));
            }
            return new IdentifierIndex(sorted, filter, names);
        }
    }
}
