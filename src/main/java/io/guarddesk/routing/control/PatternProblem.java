package io.guarddesk.routing.control;

/**
 * Why a pattern is refused, and the part of it to fix ({@code detail}). The boundary turns it into
 * a message in the admin's language; this class stays free of wording.
 */
public class PatternProblem extends RuntimeException {

    /** Each names one thing the admin can fix; the bundles hold a sentence per constant. */
    public enum Kind {
        EMPTY, TOO_LONG, REGEX, UNBALANCED, NESTED, BAR_OUTSIDE, EMPTY_ALTERNATIVE, EMPTY_PART, TOO_MANY_PARTS,
        TOO_MANY_ALTERNATIVES, STAR_PLACE, TOO_SHORT
    }

    private final Kind kind;
    private final String detail;

    public PatternProblem(Kind kind, String detail) {
        super(kind + (detail == null ? "" : ": " + detail), null, false, false);
        this.kind = kind;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    /** The fragment or limit the message quotes; never null. */
    public String detail() {
        return detail == null ? "" : detail;
    }
}
