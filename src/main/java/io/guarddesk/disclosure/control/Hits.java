package io.guarddesk.disclosure.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Identifier hits of one part, before they become findings: a hit is allowed when its key is one
 * of the requester's (R2.6); a refused hit inside an allowed one (the domain of the requester's own
 * address that happens to be somebody's login id) or inside a larger refused one is dropped, so
 * that each finding names one identifier.
 */
final class Hits {

    /** A hostile text could repeat an identifier a million times; a refusal needs far fewer. */
    static final int MAX_HITS = 10_000;

    private final Allowance allowance;
    private int[] kinds = new int[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] allowed = new boolean[16];
    private int count;

    Hits(Allowance allowance) {
        this.allowance = allowance;
    }

    void add(int kind, int start, int end, long key) {
        if (count == MAX_HITS) {
            return;
        }
        if (count == kinds.length) {
            kinds = Arrays.copyOf(kinds, count * 2);
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            allowed = Arrays.copyOf(allowed, count * 2);
        }
        kinds[count] = kind;
        starts[count] = start;
        ends[count] = end;
        allowed[count] = allowance.allows(key);
        count++;
    }

    /** Marks a span as allowed whatever it contains (an allowed reset link, for instance). */
    void allow(int start, int end) {
        add(0, start, end, 0);
        allowed[count - 1] = true;
    }

    void findings(NormalizedText text, OutgoingPart.Where where, List<Finding> out) {
        if (count == 0) {
            return;
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        // by start, longest first, allowed before refused: containment is then "an earlier hit reaches further"
        Arrays.sort(order, (a, b) -> starts[a] != starts[b] ? Integer.compare(starts[a], starts[b])
                : ends[a] != ends[b] ? Integer.compare(ends[b], ends[a])
                : Boolean.compare(allowed[b], allowed[a]));
        int allowedEnd = -1;
        int refusedEnd = -1;
        List<Finding> found = new ArrayList<>();
        for (int i : order) {
            if (allowed[i]) {
                allowedEnd = Math.max(allowedEnd, ends[i]);
            } else if (ends[i] > allowedEnd && ends[i] > refusedEnd) {
                refusedEnd = ends[i];
                FindingKind kind = KeyKinds.findingKind(kinds[i]);
                found.add(new Finding(kind, where, text.originalStart(starts[i]), text.originalEnd(ends[i] - 1),
                        Masks.identifier(kind, text, starts[i], ends[i])));
            }
        }
        out.addAll(found);
    }
}
