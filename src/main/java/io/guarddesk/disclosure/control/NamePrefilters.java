package io.guarddesk.disclosure.control;

/**
 * Cheap tests that keep the name matchers from hashing every window of a text (R2.8):
 * <ul>
 * <li>a bitmap of the words of Latin holder names (256 KB): a two- to four-word window is hashed only
 *     when every word of it could belong to a name;</li>
 * <li>for CJK names, a 64K-entry table keyed by a hash of the first two characters, holding a
 *     bitmask of the lengths of the names starting so (256 KB): inside Japanese text without spaces
 *     a substring is looked up only at plausible positions and lengths.</li>
 * </ul>
 * Add-only, like {@link KeyFilter}, and for the same reason safe to read while an account changes.
 */
final class NamePrefilters {

    private static final int WORD_BITS = 21;

    private final long[] words = new long[(1 << WORD_BITS) / 64];
    private final int[] cjkLengths = new int[1 << 16];

    void addWord(long wordHash) {
        int bit = (int) (wordHash >>> (64 - WORD_BITS));
        words[bit >>> 6] |= 1L << bit;
    }

    boolean mayBeNameWord(long wordHash) {
        int bit = (int) (wordHash >>> (64 - WORD_BITS));
        return (words[bit >>> 6] & 1L << bit) != 0;
    }

    void addCjk(char first, char second, int length) {
        cjkLengths[bigram(first, second)] |= 1 << length;
    }

    /** Bit {@code n} is set when some CJK name of {@code n} characters may start with these two. */
    int cjkLengths(char first, char second) {
        return cjkLengths[bigram(first, second)];
    }

    long retainedBytes() {
        return 32L + words.length * 8L + cjkLengths.length * 4L;
    }

    private static int bigram(char first, char second) {
        return ((first << 16 | second) * 0x9E3779B1) >>> 16;
    }
}
