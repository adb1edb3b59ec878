package io.guarddesk.incidents.control;

import java.time.Instant;
import java.util.List;

/**
 * The facts of an incident as a supervisor enters them (page or API), not yet checked: every
 * field may be missing or wrong, and {@link FactsCheck} says which and why.
 *
 * @param kinds names of {@link io.guarddesk.incidents.entity.LeakedData}
 * @param gdpr  null: the configured default ({@code guarddesk.incidents.gdpr-default})
 */
public record IncidentForm(String title, List<String> kinds, Integer people, Instant discoveredAt,
                           Boolean unauthorisedAccess, Boolean gdpr) {
}
