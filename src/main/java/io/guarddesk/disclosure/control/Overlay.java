package io.guarddesk.disclosure.control;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Account changes since the index was built (R2.8: a change is visible without a rebuild): per key,
 * how many accounts gained (+) or lost (−) it. Immutable; {@link IdentifierIndex#apply} publishes a
 * new copy through a volatile field, so a scan sees either all of a change or none of it. Small by
 * nature (changes between two rebuilds); copying it on each change is cheaper than any locking on
 * the scan path.
 */
final class Overlay {

    static final Overlay EMPTY = new Overlay(new long[0], new int[0], 0);

    private final long[] keys;
    private final int[] deltas;
    private final long totalDelta;

    private Overlay(long[] keys, int[] deltas, long totalDelta) {
        this.keys = keys;
        this.deltas = deltas;
        this.totalDelta = totalDelta;
    }

    Overlay with(Map<Long, Integer> changes) {
        TreeMap<Long, Integer> merged = new TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            merged.put(keys[i], deltas[i]);
        }
        long total = totalDelta;
        for (Map.Entry<Long, Integer> change : changes.entrySet()) {
            merged.merge(change.getKey(), change.getValue(), Integer::sum);
            total += change.getValue();
        }
        merged.values().removeIf(d -> d == 0);
        long[] k = new long[merged.size()];
        int[] d = new int[merged.size()];
        int i = 0;
        for (Map.Entry<Long, Integer> e : merged.entrySet()) {
            k[i] = e.getKey();
            d[i++] = e.getValue();
        }
        return new Overlay(k, d, total);
    }

    boolean isEmpty() {
        return keys.length == 0;
    }

    int delta(long key) {
        int i = Arrays.binarySearch(keys, key);
        return i >= 0 ? deltas[i] : 0;
    }

    /** Position of the first change whose key is ≥ {@code key}. */
    int lowerBound(long key) {
        int i = Arrays.binarySearch(keys, key);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && keys[i - 1] == key) {
            i--;
        }
        return i;
    }

    long keyAt(int i) {
        return i < keys.length ? keys[i] : Long.MAX_VALUE;
    }

    int deltaAt(int i) {
        return deltas[i];
    }

    long totalDelta() {
        return totalDelta;
    }

    long retainedBytes() {
        return 48L + keys.length * 12L;
    }
}
