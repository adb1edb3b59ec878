package io.guarddesk.incidents.boundary;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.incidents.entity.Incident;
import io.guarddesk.incidents.entity.IncidentReference;
import io.guarddesk.tickets.control.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

import java.util.Locale;
import java.util.Optional;

/** How the incident boundaries find an incident, guard a change and describe it to the audit log. */
final class IncidentAccess {

    private IncidentAccess() {
    }

    /** Incidents are for supervisors (R3.4); for anyone else none exists, exactly as for a wrong number. */
    static Incident visible(EntityManager em, String reference, Viewer viewer, LockModeType lock, Locale locale) {
        if (!viewer.supervisor()) {
            throw IncidentRefusal.notFound(locale);
        }
        var parsed = IncidentReference.parse(reference).orElseThrow(() -> IncidentRefusal.notFound(locale));
        return em.createNamedQuery(Incident.BY_REFERENCE, Incident.class)
                .setParameter("reference", parsed)
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> IncidentRefusal.notFound(locale));
    }

    /**
     * Locked, so a change and the overdue job's claim of the same incident take turns; open; and
     * at the version the caller saw, when the caller says which.
     */
    static Incident forChange(EntityManager em, String reference, Viewer viewer, Optional<Long> expectedVersion, Locale locale) {
        var incident = visible(em, reference, viewer, LockModeType.PESSIMISTIC_WRITE, locale);
        if (expectedVersion.isPresent() && expectedVersion.get() != incident.getVersion()) {
            throw IncidentRefusal.stale(locale);
        }
        if (!incident.isOpen()) {
            throw IncidentRefusal.closed(locale);
        }
        return incident;
    }

    /**
     * Every change counts as one new version, also one that touched only the linked tickets or
     * accounts (EclipseLink raises the version for neither by itself, nor for OPTIMISTIC_FORCE_INCREMENT
     * here; IncidentPersistenceIT pins the behaviour). The row is locked already, so this costs
     * one statement.
     */
    static void written(EntityManager em, Incident incident, Locale locale) {
        try {
            em.lock(incident, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            em.flush();
        } catch (OptimisticLockException e) {
            throw IncidentRefusal.stale(locale);
        }
    }

    /** R6.1: what changed, by field names, kinds and counts; never the title or other text a person wrote. */
    static SensitiveAction audit(String actor, Incident incident, String ticket, String change) {
        return new SensitiveAction(actor, AuditAction.INCIDENT_CHANGE, ticket, null, "OK", incident.getReference().value() + " " + change);
    }
}
