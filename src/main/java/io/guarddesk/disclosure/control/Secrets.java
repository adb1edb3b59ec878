package io.guarddesk.disclosure.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Credential-shaped findings of one part (R2.4), collected from every detector: a finding inside
 * an allowed span (the reset token this message was rendered with) or inside another finding (the
 * key inside a PEM block) is dropped, so that each secret is named once.
 */
final class Secrets {

    private record Span(FindingKind kind, int start, int end, String masked) {
    }

    private final NormalizedText text;
    private final List<Span> found = new ArrayList<>();
    private final List<Span> allowed = new ArrayList<>();

    Secrets(NormalizedText text) {
        this.text = text;
    }

    NormalizedText text() {
        return text;
    }

    void add(FindingKind kind, int start, int end, String masked) {
        if (found.size() < Hits.MAX_HITS) {
            found.add(new Span(kind, start, end, masked));
        }
    }

    void allow(int start, int end) {
        allowed.add(new Span(null, start, end, null));
    }

    /** The original characters of a normalised span: case and all, for entropy and exact tokens. */
    String original(int start, int end) {
        return text.original.substring(text.originalStart(start), text.originalEnd(end - 1));
    }

    void findings(OutgoingPart.Where where, List<Finding> out) {
        List<Span> all = new ArrayList<>(allowed);
        all.addAll(found);
        all.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed())
                .thenComparing(s -> s.kind() != null));
        int allowedEnd = -1;
        int foundEnd = -1;
        for (Span s : all) {
            if (s.kind() == null) {
                allowedEnd = Math.max(allowedEnd, s.end());
            } else if (s.end() > allowedEnd && s.end() > foundEnd) {
                foundEnd = s.end();
                out.add(new Finding(s.kind(), where, text.originalStart(s.start()), text.originalEnd(s.end() - 1),
                        s.masked()));
            }
        }
    }
}
