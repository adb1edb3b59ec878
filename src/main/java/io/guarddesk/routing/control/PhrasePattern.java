package io.guarddesk.routing.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule's pattern: phrases, not a regular expression, so that whatever an admin types is matched
 * in linear time (no ReDoS) and all rules share one pass over the text ({@link PhraseIndex}).
 *
 * <pre>
 *   不正(アクセス|ログイン)            either phrase; groups nest up to {@value #MAX_DEPTH} deep
 *   偽(の|)サイト                      an empty alternative makes a group optional
 *   hack*   sign* up                 the rest of a word (up to {@value #MAX_WORD_REST} letters)
 *   身に覚えのない ... (注文|登録)       a gap: up to {@value #MAX_GAP} characters of the same sentence
 * </pre>
 *
 * Parts are separated by {@code ...}; each part stands for at most {@value #MAX_SPELLINGS}
 * spellings. Everything else is literal text, folded like messages ({@link TextFolding}).
 */
public record PhrasePattern(List<List<Spelling>> parts) {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_PARTS = 4;
    public static final int MAX_DEPTH = 3;
    public static final int MAX_SPELLINGS = 256;
    public static final int MIN_PHRASE = 2;
    /** Characters allowed between two parts: a few words in English, a clause in Japanese. */
    public static final int MAX_GAP = 24;
    /** Letters a {@code *} stands for: enough for "unauthorised", not for a run-on token. */
    public static final int MAX_WORD_REST = 20;

    private static final String GAP = "...";

    public PhrasePattern {
        parts = parts.stream().map(List::copyOf).toList();
    }

    public static PhrasePattern parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new PatternProblem(PatternProblem.Kind.EMPTY, null);
        }
        if (pattern.length() > MAX_LENGTH) {
            throw new PatternProblem(PatternProblem.Kind.TOO_LONG, String.valueOf(MAX_LENGTH));
        }
        String folded = TextFolding.fold(pattern);
        refuseRegex(folded);
        List<String> texts = split(folded);
        if (texts.size() > MAX_PARTS) {
            throw new PatternProblem(PatternProblem.Kind.TOO_MANY_PARTS, String.valueOf(MAX_PARTS));
        }
        List<List<Spelling>> parts = new ArrayList<>();
        for (String text : texts) {
            if (text.isBlank()) {
                throw new PatternProblem(PatternProblem.Kind.EMPTY_PART, GAP);
            }
            Set<Spelling> spellings = new LinkedHashSet<>();
            for (String spelling : new Expansion(text.strip()).all()) {
                spellings.add(spelling(spelling));
            }
            parts.add(List.copyOf(spellings));
        }
        return new PhrasePattern(parts);
    }

    private static void refuseRegex(String folded) {
        for (String marker : new String[]{"\\", "[", "]", "{", "}", "^", "$", ".*", ".+", "+"}) {
            if (folded.contains(marker)) {
                throw new PatternProblem(PatternProblem.Kind.REGEX, marker);
            }
        }
    }

    private static List<String> split(String folded) {
        List<String> texts = new ArrayList<>();
        int from = 0;
        for (int at = folded.indexOf(GAP); at >= 0; at = folded.indexOf(GAP, from)) {
            texts.add(folded.substring(from, at));
            from = at + GAP.length();
        }
        texts.add(folded.substring(from));
        return texts;
    }

    private static Spelling spelling(String raw) {
        // folded again: joining a group to its neighbour can put a space next to Japanese text
        String text = TextFolding.fold(raw).strip();
        String[] pieces = text.split("\\*", -1);
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            boolean last = i == pieces.length - 1;
            if (last && piece.isEmpty() && i > 0) {
                break;
            }
            if (!last && (piece.isEmpty() || piece.endsWith(" "))) {
                throw new PatternProblem(PatternProblem.Kind.STAR_PLACE, text);
            }
            if (piece.strip().codePointCount(0, piece.strip().length()) < MIN_PHRASE) {
                throw new PatternProblem(PatternProblem.Kind.TOO_SHORT, piece.isBlank() ? text : piece.strip());
            }
            phrases.add(new Phrase(piece, !last, i > 0));
        }
        return new Spelling(phrases);
    }

    /** Expands the groups of one part, depth first, into every spelling (with {@code *} still in place). */
    private static final class Expansion {

        private final String text;
        private int at;
        private int depth;

        Expansion(String text) {
            this.text = text;
        }

        List<String> all() {
            List<String> spellings = alternatives();
            if (at < text.length()) {
                throw new PatternProblem(PatternProblem.Kind.UNBALANCED, ")");
            }
            return spellings;
        }

        /** Alternatives separated by | up to the closing parenthesis of the current group (or the end). */
        private List<String> alternatives() {
            List<String> all = new ArrayList<>();
            List<String> current = new ArrayList<>(List.of(""));
            while (at < text.length() && text.charAt(at) != ')') {
                char c = text.charAt(at);
                if (c == '|') {
                    if (depth == 0) {
                        throw new PatternProblem(PatternProblem.Kind.BAR_OUTSIDE, "|");
                    }
                    add(all, current);
                    current = new ArrayList<>(List.of(""));
                    at++;
                } else if (c == '(') {
                    int open = at++;
                    if (++depth > MAX_DEPTH) {
                        throw new PatternProblem(PatternProblem.Kind.NESTED, String.valueOf(MAX_DEPTH));
                    }
                    List<String> group = alternatives();
                    if (at >= text.length()) {
                        throw new PatternProblem(PatternProblem.Kind.UNBALANCED, text.substring(open));
                    }
                    at++;
                    depth--;
                    current = product(current, group);
                } else {
                    current.replaceAll(s -> s + c);
                    at++;
                }
            }
            add(all, current);
            return all;
        }

        /** An empty alternative makes its group optional: {@code 偽(の|)サイト}; a group of nothing is an error. */
        private void add(List<String> all, List<String> alternative) {
            for (String spelling : alternative) {
                all.add(depth == 0 ? spelling : spelling.strip());
            }
            if (at >= text.length() || text.charAt(at) != '|') {
                if (all.stream().allMatch(String::isBlank)) {
                    throw new PatternProblem(PatternProblem.Kind.EMPTY_ALTERNATIVE, text);
                }
            }
            if (all.size() > MAX_SPELLINGS) {
                throw new PatternProblem(PatternProblem.Kind.TOO_MANY_ALTERNATIVES, String.valueOf(MAX_SPELLINGS));
            }
        }

        private static List<String> product(List<String> heads, List<String> tails) {
            if ((long) heads.size() * tails.size() > MAX_SPELLINGS) {
                throw new PatternProblem(PatternProblem.Kind.TOO_MANY_ALTERNATIVES, String.valueOf(MAX_SPELLINGS));
            }
            List<String> joined = new ArrayList<>(heads.size() * tails.size());
            for (String head : heads) {
                for (String tail : tails) {
                    joined.add(head + tail);
                }
            }
            return joined;
        }
    }
}
