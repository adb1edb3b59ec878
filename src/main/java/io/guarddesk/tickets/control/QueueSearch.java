package io.guarddesk.tickets.control;

import io.guarddesk.tickets.entity.Reference;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the queue's search box was given: a reference number however it was typed or read out, a
 * requester's address, or text to find in subjects and messages. A reference or an address finds
 * exactly that ticket or requester, as it always did; anything else is text.
 */
public sealed interface QueueSearch {

    /** Longer than anyone types into a search box; a longer term only makes the index work harder. */
    int MAX_TEXT = 200;

    String HINT = "Search for at least 3 characters, or 2 Japanese characters such as 請求, and at most " + MAX_TEXT + ".";

    Pattern ADDRESS = Pattern.compile("[^\\s@]+@[^\\s@]+");

    /** Empty for nothing typed. */
    static Optional<QueueSearch> of(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        var reference = Reference.parse(typed);
        if (reference.isPresent()) {
            return Optional.of(new ByReference(reference.get()));
        }
        // stored texts are NFC (Intake), so the term must be too or a composed kana would not match
        var text = Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
        if (ADDRESS.matcher(text).matches()) {
            return Optional.of(new ByAddress(Intake.email(text)));
        }
        return Optional.of(ByText.searchable(text) ? new ByText(text) : new Unsearchable());
    }

    record ByReference(Reference reference) implements QueueSearch {
    }

    record ByAddress(String email) implements QueueSearch {
    }

    /**
     * A case-insensitive substring of the subject or of any message. Japanese has no spaces
     * between words, so the text is not split into words: "請求" finds "先月の請求額".
     */
    record ByText(String text) implements QueueSearch {

        /**
         * Three characters with two letters or digits side by side give PostgreSQL's trigram index at
         * least one trigram to look up; with fewer, the index would have to be read whole. Two
         * characters are enough when neither is ASCII (a two-kanji word such as 請求 or 解約): those
         * pairs have an index of their own. Two Latin letters or one character find too much to be
         * a useful search.
         */
        static boolean searchable(String text) {
            int length = text.codePointCount(0, text.length());
            if (length > MAX_TEXT) {
                return false;
            }
            if (length == 2) {
                return text.codePoints().allMatch(c -> c > 0x7F && Character.isLetterOrDigit(c));
            }
            return length >= 3 && hasTwoLettersInARow(text);
        }

        /** Two characters, neither ASCII: searched through the index of character pairs. */
        public boolean pair() {
            return text.codePointCount(0, text.length()) == 2;
        }

        /** For LIKE: the text anywhere, its own {@code %}, {@code _} and {@code \} taken literally. */
        public String pattern() {
            var escaped = new StringBuilder("%");
            text.codePoints().forEach(c -> {
                if (c == '%' || c == '_' || c == '\\') {
                    escaped.append('\\');
                }
                escaped.appendCodePoint(c);
            });
            return escaped.append('%').toString();
        }

        private static boolean hasTwoLettersInARow(String text) {
            int previous = ' ';
            for (int c : text.codePoints().toArray()) {
                if (Character.isLetterOrDigit(c) && Character.isLetterOrDigit(previous)) {
                    return true;
                }
                previous = c;
            }
            return false;
        }
    }

    /** Too short to be worth a search, or too long; see {@link #HINT}. Finds nothing. */
    record Unsearchable() implements QueueSearch {
    }
}
