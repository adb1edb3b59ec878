package io.guarddesk.disclosure.control;

import java.util.Arrays;

/**
 * The one pass over a normalised text that every matcher starts from (R2.8): runs of letters and
 * digits (with the class bits they hold), runs of CJK characters, and the positions where a
 * trigger word of a credential detector may start (a trigger character not glued to a Latin
 * letter before it). The matchers then walk these runs instead of the characters: on a 20 KB reply
 * each further pass over the characters would cost as much as the matching itself.
 */
final class Tokens {

    int[] start = new int[64];
    int[] end = new int[64];
    byte[] classes = new byte[64];
    /** The unfinished {@link Hash64#ALNUM} hash of each token alone, left by {@link AlnumMatcher}. */
    long[] hash = new long[64];
    int count;

    int[] cjkStart = new int[16];
    int[] cjkEnd = new int[16];
    int cjkCount;

    int[] triggers = new int[16];
    int triggerCount;

    private Tokens() {
    }

    static Tokens of(NormalizedText text) {
        Tokens t = new Tokens();
        char[] c = text.chars;
        int n = text.length;
        int i = 0;
        boolean afterLetter = false;
        t.triggers = new int[Math.max(16, n / 4)];
        while (i < n) {
            byte cls = Chars.classOf(c[i]);
            // no branch: whether a character starts a trigger word is unpredictable, the write is cheap
            t.candidate(i, (cls & Chars.TRIGGER) >>> 5 & (afterLetter ? 0 : 1));
            int s = i;
            if ((cls & Chars.ALNUM) != 0) {
                // inside a token only its start can begin a trigger word: the rest is glued to a letter or digit
                int classes = cls;
                while (++i < n && ((cls = Chars.classOf(c[i])) & Chars.ALNUM) != 0) {
                    classes |= cls;
                }
                t.token(s, i, classes);
                afterLetter = (Chars.classOf(c[i - 1]) & Chars.LETTER) != 0;
            } else if ((cls & Chars.CJK) != 0) {
                while (++i < n && ((cls = Chars.classOf(c[i])) & Chars.CJK) != 0) {
                    if ((cls & Chars.TRIGGER) != 0) {
                        t.trigger(i);
                    }
                }
                t.cjk(s, i);
                afterLetter = false;
            } else {
                i++;
                afterLetter = false;
            }
        }
        return t;
    }

    private void token(int s, int e, int cls) {
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            end = Arrays.copyOf(end, count * 2);
            classes = Arrays.copyOf(classes, count * 2);
            hash = Arrays.copyOf(hash, count * 2);
        }
        start[count] = s;
        end[count] = e;
        classes[count++] = (byte) (cls & Chars.ALNUM);
    }

    private void cjk(int s, int e) {
        if (cjkCount == cjkStart.length) {
            cjkStart = Arrays.copyOf(cjkStart, cjkCount * 2);
            cjkEnd = Arrays.copyOf(cjkEnd, cjkCount * 2);
        }
        cjkStart[cjkCount] = s;
        cjkEnd[cjkCount++] = e;
    }

    private void candidate(int at, int yes) {
        if (triggerCount + 1 >= triggers.length) {
            triggers = Arrays.copyOf(triggers, triggers.length * 2);
        }
        triggers[triggerCount] = at;
        triggerCount += yes;
    }

    private void trigger(int at) {
        if (triggerCount == triggers.length) {
            triggers = Arrays.copyOf(triggers, triggerCount * 2);
        }
        triggers[triggerCount++] = at;
    }
}
