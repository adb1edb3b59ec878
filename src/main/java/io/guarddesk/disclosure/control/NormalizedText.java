package io.guarddesk.disclosure.control;

/**
 * A text as the matchers see it (folded width, case, look-alikes; no zero-width characters), with
 * the way back: every normalised character knows the range of the original text it came from, so
 * that a finding reports offsets in the text the agent wrote (R2.5).
 */
final class NormalizedText {

    final String original;
    final char[] chars;
    final int length;
    private final int[] from;
    private final int[] to;

    NormalizedText(String original, char[] chars, int length, int[] from, int[] to) {
        this.original = original;
        this.chars = chars;
        this.length = length;
        this.from = from;
        this.to = to;
    }

    /** Original offset where the normalised character {@code i} starts. */
    int originalStart(int i) {
        return from[i];
    }

    /** Original offset just after the normalised character {@code i}. */
    int originalEnd(int i) {
        return to[i];
    }

    char at(int i) {
        return i >= 0 && i < length ? chars[i] : '\0';
    }

    boolean regionMatches(int at, String lowerAscii) {
        if (at < 0 || at + lowerAscii.length() > length) {
            return false;
        }
        for (int k = 0; k < lowerAscii.length(); k++) {
            if (chars[at + k] != lowerAscii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Next occurrence of {@code needle} at or after {@code fromIndex}, or -1. */
    int indexOf(String needle, int fromIndex) {
        return indexOf(needle, fromIndex, length);
    }

    /** Next occurrence of {@code needle} starting in {@code [fromIndex, limit)}, or -1: bounded look-ahead. */
    int indexOf(String needle, int fromIndex, int limit) {
        char first = needle.charAt(0);
        for (int i = Math.max(0, fromIndex), last = Math.min(limit - 1, length - needle.length()); i <= last; i++) {
            if (chars[i] == first && regionMatches(i, needle)) {
                return i;
            }
        }
        return -1;
    }

    String slice(int start, int end) {
        return new String(chars, start, end - start);
    }
}
