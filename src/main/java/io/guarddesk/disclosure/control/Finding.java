package io.guarddesk.disclosure.control;

/**
 * One thing the scan refused (R2.5): its kind, the part and character range of the text as given
 * (not normalised) where it was found, and a masked form that shows at most the last few
 * characters, e.g. {@code …234}, so the refusal can name it without repeating it.
 */
public record Finding(FindingKind kind, OutgoingPart.Where where, int start, int end, String masked) {
}
