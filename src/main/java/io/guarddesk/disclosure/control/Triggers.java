package io.guarddesk.disclosure.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words that wake the credential detectors (R2.8). Searching each word on its own cost a pass
 * per word, about 30 passes and most of the scan time of a 20 KB reply; here only the positions
 * {@link Tokens} noted (a character that starts some word, not glued to a letter before it) are
 * checked, first against a bitmap of two-character prefixes.
 */
final class Triggers {

    enum Group {
        PASSWORD_LATIN, PASSWORD_JAPANESE, API_KEY_LABEL, API_KEY_PREFIX, CREDENTIAL_LATIN, CREDENTIAL_JAPANESE,
        PEM_BEGIN, JWT, RESET_TOKEN
    }

    private static final List<String> WORDS = new ArrayList<>();
    private static final List<Group> GROUPS = new ArrayList<>();
    /** Per character: 1 + the index of its bucket in {@link #BUCKETS}, or 0 when no word starts with it. */
    private static final byte[] FIRST = new byte[0x10000];
    /** Bitmap of a hash of every word's first two characters: most positions that pass FIRST fail here. */
    private static final long[] PAIRS = new long[1024];
    private static int[][] BUCKETS = new int[0][];

    static {
        add(Group.PASSWORD_LATIN, "password", "passwd", "passcode", "pass", "pwd", "pw", "pin");
        add(Group.PASSWORD_JAPANESE, "パスワード", "暗証番号", "パスコード", "ピン番号");
        add(Group.API_KEY_LABEL, "api_key", "api-key", "apikey", "api key", "x-api-key", "apiキー");
        add(Group.API_KEY_PREFIX, "akia", "asia", "aiza", "sk_live_", "rk_live_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_",
                "github_pat_", "xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-", "sg.");
        add(Group.CREDENTIAL_LATIN, "token", "secret", "key", "apikey", "bearer", "credential", "credentials", "auth",
                "authorization", "access_key", "client_secret", "private");
        add(Group.CREDENTIAL_JAPANESE, "トークン", "シークレット", "認証コード", "アクセスキー", "キー", "秘密鍵", "認証");
        add(Group.PEM_BEGIN, "-----begin");
        add(Group.JWT, "eyj");
        add(Group.RESET_TOKEN, ResetTokens.PREFIX);
        WORD = WORDS.toArray(String[]::new);
    }

    private static final String[] WORD;

    private final int[] words;
    private final int[] positions;
    private final int count;

    private Triggers(int[] words, int[] positions, int count) {
        this.words = words;
        this.positions = positions;
        this.count = count;
    }

    private static void add(Group group, String... words) {
        for (String word : words) {
            String folded = TextNormalizer.fold(word);
            int id = WORDS.size();
            WORDS.add(folded);
            GROUPS.add(group);
            char first = folded.charAt(0);
            int pair = pair(first, folded.charAt(1));
            PAIRS[pair >>> 6] |= 1L << pair;
            if (FIRST[first] == 0) {
                BUCKETS = Arrays.copyOf(BUCKETS, BUCKETS.length + 1);
                BUCKETS[BUCKETS.length - 1] = new int[0];
                FIRST[first] = (byte) BUCKETS.length;
            }
            int b = FIRST[first] - 1;
            BUCKETS[b] = Arrays.copyOf(BUCKETS[b], BUCKETS[b].length + 1);
            BUCKETS[b][BUCKETS[b].length - 1] = id;
        }
    }

    private static int pair(char first, char second) {
        return (first * 0x9E37 + second) & 0xFFFF;
    }

    static boolean startsWord(char c) {
        return FIRST[c] != 0;
    }

    /** The trigger words at the candidate positions {@link Tokens} noted. */
    static Triggers in(NormalizedText text, Tokens tokens) {
        char[] c = text.chars;
        int[] words = new int[16];
        int[] positions = new int[16];
        int count = 0;
        for (int t = 0; t < tokens.triggerCount; t++) {
            int i = tokens.triggers[t];
            if (i + 1 >= text.length) {
                continue;
            }
            int bucket = FIRST[c[i]];
            int pair = pair(c[i], c[i + 1]);
            if ((PAIRS[pair >>> 6] & 1L << pair) == 0) {
                continue;
            }
            for (int id : BUCKETS[bucket - 1]) {
                if (text.regionMatches(i, WORD[id])) {
                    if (count == words.length) {
                        words = Arrays.copyOf(words, count * 2);
                        positions = Arrays.copyOf(positions, count * 2);
                    }
                    words[count] = id;
                    positions[count++] = i;
                }
            }
        }
        return new Triggers(words, positions, count);
    }

    int count() {
        return count;
    }

    Group group(int k) {
        return GROUPS.get(words[k]);
    }

    int position(int k) {
        return positions[k];
    }

    String word(int k) {
        return WORD[words[k]];
    }
}
