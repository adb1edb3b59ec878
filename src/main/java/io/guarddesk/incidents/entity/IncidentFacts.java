package io.guarddesk.incidents.entity;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a supervisor states about a leak, already checked: the deadlines follow from these and
 * nothing else (plus the reports recorded).
 *
 * @param unauthorisedAccess 不正アクセス / 不正の目的: the leak may have been caused on purpose
 * @param gdpr               GDPR applies (EU residents affected, or an EU establishment)
 */
public record IncidentFacts(String title, Set<LeakedData> kinds, int people, Instant discoveredAt,
                            boolean unauthorisedAccess, boolean gdpr) {

    public IncidentFacts {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(LeakedData.class) : EnumSet.copyOf(kinds);
    }

    @Override
    public Set<LeakedData> kinds() {
        return Collections.unmodifiableSet(kinds);
    }
}
