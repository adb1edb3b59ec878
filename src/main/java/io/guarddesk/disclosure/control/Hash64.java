package io.guarddesk.disclosure.control;

/**
 * The 64-bit key of a normalised character sequence: a multiply-xorshift step per character and
 * MurmurHash3's fmix64 at the end. Pure integer arithmetic on chars, so every instance of the desk
 * computes the same key for the same text whatever the JVM, and a key can be extended one
 * character at a time (the scanner grows windows without re-hashing them, without allocating).
 *
 * <p>The lowest three bits of a finished key are cleared: the index stores the identifier's kind
 * there.
 */
final class Hash64 {

    /** Channels: the same characters hashed for different matchers give unrelated keys. */
    static final long ALNUM = 0x6A09E667F3BCC909L;
    static final long LATIN_NAME = 0xBB67AE8584CAA73BL;
    static final long CJK_NAME = 0x3C6EF372FE94F82BL;
    static final long WORD = 0xA54FF53A5F1D36F1L;

    private static final long M = 0x9E3779B97F4A7C15L;

    private Hash64() {
    }

    static long step(long state, char c) {
        long h = (state ^ c) * M;
        return h ^ (h >>> 29);
    }

    static long finish(long state) {
        long h = state;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h & ~7L;
    }

    static long of(long seed, CharSequence s) {
        long h = seed;
        for (int i = 0; i < s.length(); i++) {
            h = step(h, s.charAt(i));
        }
        return finish(h);
    }
}
