package io.guarddesk.disclosure.control;

/**
 * A register-blocked Bloom filter in front of {@link SortedKeys}: four bits of one 64-bit word per
 * key, about 12 bits a key (8 MB at 5 M keys). Nearly every window of a text is no identifier, and
 * this answers "no" with one memory access instead of a search through the 40 MB array.
 *
 * <p>Bits are only ever added (an account change adds the new keys; removed keys stay as harmless
 * false positives until the next rebuild). Readers race with {@link #add} by design: a reader that
 * starts after the publishing volatile write in {@link IdentifierIndex#apply} sees the bits, and a
 * torn read of a word could only hold more bits than before, never fewer.
 */
final class KeyFilter {

    private final long[] words;
    private final int shift;

    KeyFilter(long expectedKeys) {
        long wanted = Math.max(64, expectedKeys * 12 / 64);
        int size = Integer.highestOneBit((int) Math.min(wanted, 1 << 30));
        this.words = new long[size];
        this.shift = 64 - Integer.numberOfTrailingZeros(size);
    }

    void add(long key) {
        words[index(key)] |= mask(key);
    }

    boolean mightContain(long key) {
        long m = mask(key);
        return (words[index(key)] & m) == m;
    }

    long retainedBytes() {
        return 16L + words.length * 8L;
    }

    private int index(long key) {
        return shift == 64 ? 0 : (int) (key >>> shift);
    }

    private static long mask(long key) {
        long h = key >>> 3;
        return 1L << h | 1L << (h >>> 6) | 1L << (h >>> 12) | 1L << (h >>> 18);
    }
}
