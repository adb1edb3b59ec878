package io.guarddesk.disclosure.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The index keys of one account (R2.4): each identifier folded by {@link TextNormalizer} and reduced
 * to the form every spelling of it shares, so that the scanner finds {@code C-100234},
 * {@code c 100 234} and {@code Ｃ１００２３４} as the same key.
 *
 * <ul>
 * <li>account number, login id, e-mail: letters and digits only;</li>
 * <li>phone: digits only; a Japanese number without its trunk 0 or +81, so that national and
 *     international spellings share one key (the scanner strips them the same way);</li>
 * <li>Latin holder name: its words in sorted order, so either order matches with one key;</li>
 * <li>Japanese holder name and kana: kanji and kana only (no spaces), hiragana folded to katakana.</li>
 * </ul>
 * Keys shorter than {@link #MIN_ALNUM} are not kept: they would match ordinary words and numbers.
 */
final class IdentifierKeys {

    static final int MIN_ALNUM = 4;
    static final int MAX_CJK = 31;

    private IdentifierKeys() {
    }

    static void of(AccountIdentifiers account, KeySink sink) {
        alnum(account.accountNumber(), KeyKinds.ACCOUNT_NUMBER, sink);
        alnum(account.loginId(), KeyKinds.LOGIN_ID, sink);
        alnum(account.ownerEmail(), KeyKinds.EMAIL, sink);
        phone(account.phone(), sink);
        name(account.holderName(), sink);
        name(account.holderNameKana(), sink);
    }

    /** The kind-less key of an e-mail address, for the requester's own address. */
    static void email(String address, KeySink sink) {
        alnum(address, KeyKinds.EMAIL, sink);
    }

    private static void alnum(String value, int kind, KeySink sink) {
        if (value == null) {
            return;
        }
        String folded = TextNormalizer.fold(value);
        long h = Hash64.ALNUM;
        int n = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Chars.isAlnum(c)) {
                h = Hash64.step(h, c);
                n++;
            }
        }
        if (n >= MIN_ALNUM) {
            sink.key(Hash64.finish(h) | kind);
        }
    }

    private static void phone(String value, KeySink sink) {
        if (value == null) {
            return;
        }
        String folded = TextNormalizer.fold(value).strip();
        StringBuilder digits = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            if (Chars.isDigit(folded.charAt(i))) {
                digits.append(folded.charAt(i));
            }
        }
        String national = nationalNumber(digits, folded.startsWith("+"));
        if (national.length() >= MIN_ALNUM) {
            sink.key(Hash64.of(Hash64.ALNUM, national) | KeyKinds.PHONE);
        }
    }

    /** {@code 0312345678} and {@code +81 3 1234 5678} both become {@code 312345678}; others stay as digits. */
    static String nationalNumber(CharSequence digits, boolean international) {
        String d = digits.toString();
        if (international) {
            if (d.startsWith("81")) {
                d = d.substring(2);
                return d.startsWith("0") ? d.substring(1) : d;
            }
            return d;
        }
        return d.startsWith("0") && !d.startsWith("00") ? d.substring(1) : d;
    }

    private static void name(String value, KeySink sink) {
        if (value == null) {
            return;
        }
        String folded = TextNormalizer.fold(value);
        StringBuilder cjk = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            if (Chars.isCjk(folded.charAt(i))) {
                cjk.append(folded.charAt(i));
            }
        }
        if (cjk.length() > 0) {
            if (cjk.length() >= 2 && cjk.length() <= MAX_CJK) {
                sink.key(Hash64.of(Hash64.CJK_NAME, cjk) | KeyKinds.HOLDER_NAME);
                sink.cjkName(cjk.charAt(0), cjk.charAt(1), cjk.length());
            }
            return;
        }
        latinName(folded, sink);
    }

    /**
     * A name with an apostrophe ({@code O'Neill}, {@code D’Arcy}) is written with it, with the other
     * apostrophe, or without one ({@code ONeill}): the scanner splits a text's words at an apostrophe,
     * so the name is kept both ways, its words split there and joined.
     */
    private static void latinName(String folded, KeySink sink) {
        latinNameWords(folded, sink);
        String joined = withoutApostrophes(folded);
        if (!joined.equals(folded)) {
            latinNameWords(joined, sink);
        }
    }

    /** Drops every apostrophe between two letters ({@code '}, {@code ’}, {@code ‘}, {@code ʼ}). */
    static String withoutApostrophes(String folded) {
        StringBuilder b = null;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (isApostrophe(c) && i > 0 && i + 1 < folded.length()
                    && Chars.isLatinLetter(folded.charAt(i - 1)) && Chars.isLatinLetter(folded.charAt(i + 1))) {
                if (b == null) {
                    b = new StringBuilder(folded.length()).append(folded, 0, i);
                }
                continue;
            }
            if (b != null) {
                b.append(c);
            }
        }
        return b == null ? folded : b.toString();
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
    }

    private static void latinNameWords(String folded, KeySink sink) {
        List<String> words = LatinNames.words(folded);
        if (words.size() < 2 || words.size() > LatinNames.MAX_WORDS) {
            return;
        }
        for (String w : words) {
            sink.nameWord(Hash64.of(Hash64.ALNUM, w));
        }
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(null);
        long h = Hash64.LATIN_NAME;
        for (int k = 0; k < sorted.size(); k++) {
            if (k > 0) {
                h = Hash64.step(h, ' ');
            }
            for (int i = 0; i < sorted.get(k).length(); i++) {
                h = Hash64.step(h, sorted.get(k).charAt(i));
            }
        }
        sink.key(Hash64.finish(h) | KeyKinds.HOLDER_NAME);
    }
}
