package io.guarddesk.disclosure.control;

import io.guarddesk.disclosure.entity.GuardRefusal;

import java.time.Instant;
import java.util.List;

/**
 * A refusal as staff see it (R2.5): what was found (kind, place, masked tail — never the value),
 * whether a supervisor may release it, and what became of it.
 */
public record RefusalView(long id, List<Item> items, boolean releasable, String author, Instant createdAt,
                          GuardRefusal.State state, String releasedBy, String justification) {

    /** {@code kind} is a {@link FindingKind} name, or {@link #FOREIGN_ACCOUNT} for an insert placeholder. */
    public record Item(String kind, String where, String masked, boolean releasable) {
    }

    public static final String FOREIGN_ACCOUNT = "FOREIGN_ACCOUNT";

    public static List<String> lines(GateDecision.Refused refused) {
        var lines = new java.util.ArrayList<String>();
        refused.findings().forEach(f -> lines.add(f.kind().name() + "|" + f.where().name() + "|" + f.masked()));
        refused.foreignAccounts().forEach(a -> lines.add(FOREIGN_ACCOUNT + "|BODY|" + a));
        return lines;
    }

    public static RefusalView of(GuardRefusal refusal) {
        var items = refusal.findingLines().stream().map(line -> {
            var parts = line.split("\\|", 3);
            var releasable = !FOREIGN_ACCOUNT.equals(parts[0]) && FindingKind.valueOf(parts[0]).releasable();
            return new Item(parts[0], parts[1], parts.length > 2 ? parts[2] : "", releasable);
        }).toList();
        return new RefusalView(refusal.getId(), items, refusal.isReleasable(), refusal.getAuthor().getDisplayName(),
                refusal.getCreatedAt(), refusal.getState(), refusal.releasedBy().map(s -> s.getDisplayName()).orElse(null),
                refusal.getJustification());
    }

    public boolean held() {
        return state == GuardRefusal.State.HELD;
    }
}
