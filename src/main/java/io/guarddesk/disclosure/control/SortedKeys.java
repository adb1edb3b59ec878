package io.guarddesk.disclosure.control;

import java.util.Arrays;

/**
 * The bulk of the index: every key once per account that has it (so an identifier shared by two
 * accounts survives the removal of one), sorted, in one {@code long[]} — 8 bytes a key, no object
 * per key. A 64K-entry table of bucket starts by the top 16 bits narrows each search to a few dozen
 * entries, a couple of cache lines.
 */
final class SortedKeys {

    private static final int BUCKET_BITS = 16;

    private final long[] keys;
    private final int[] bucketStart;

    /** Takes ownership of {@code keys[0..count)}; sorts it. */
    SortedKeys(long[] keys, int count) {
        this.keys = count == keys.length ? keys : Arrays.copyOf(keys, count);
        Arrays.parallelSort(this.keys);
        this.bucketStart = new int[(1 << BUCKET_BITS) + 1];
        int b = 0;
        for (int i = 0; i < this.keys.length; i++) {
            int kb = bucket(this.keys[i]);
            while (b <= kb) {
                bucketStart[b++] = i;
            }
        }
        while (b < bucketStart.length) {
            bucketStart[b++] = this.keys.length;
        }
    }

    /** Signed order of the keys = order of the buckets. */
    private static int bucket(long key) {
        return (int) (key >> (64 - BUCKET_BITS)) + (1 << (BUCKET_BITS - 1));
    }

    int size() {
        return keys.length;
    }

    long retainedBytes() {
        return 16L + keys.length * 8L + 16L + bucketStart.length * 4L;
    }

    /** Index of the first key ≥ {@code key}. */
    int lowerBound(long key) {
        int b = bucket(key);
        int lo = bucketStart[b];
        int hi = bucketStart[b + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    long at(int i) {
        return i < keys.length ? keys[i] : Long.MAX_VALUE;
    }

    /** How many accounts hold exactly this key (kind included). */
    int count(long key) {
        int i = lowerBound(key);
        int n = 0;
        while (i + n < keys.length && keys[i + n] == key) {
            n++;
        }
        return n;
    }
}
