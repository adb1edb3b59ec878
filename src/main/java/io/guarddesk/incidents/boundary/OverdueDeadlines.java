package io.guarddesk.incidents.boundary;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.incidents.control.OverdueClaims;
import io.guarddesk.incidents.entity.DeadlineOverdue;
import io.guarddesk.incidents.entity.Incident;
import io.guarddesk.platform.Boundary;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The transactions of the overdue job (R3.4): finding candidates, and announcing each in a
 * transaction of its own, so one failing observer delays only its own announcement.
 * {@link OverdueNotices#notifyOverdue()} drives them.
 */
@Boundary
public class OverdueDeadlines {

    @PersistenceContext
    EntityManager em;

    @Inject
    IncidentSettings settings;

    @Inject
    Event<DeadlineOverdue> overdue;

    @Inject
    Event<SensitiveAction> audit;

    public List<OverdueClaims.Candidate> candidates(Instant now) {
        return new OverdueClaims(em).find(settings.deadlines(), now);
    }

    /**
     * Claims the deadline and, only if this transaction's conditional UPDATE counted the row,
     * fires {@link DeadlineOverdue} inside it. The claim holds the row's lock, so the incident
     * read next is current: a report recorded or facts corrected since the candidate was found
     * undo the claim instead of announcing a deadline that is no longer overdue.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public boolean announce(OverdueClaims.Candidate candidate, Instant now) {
        var claims = new OverdueClaims(em);
        if (!claims.claim(candidate.incidentId(), candidate.deadline())) {
            return false;
        }
        var incident = em.find(Incident.class, candidate.incidentId());
        var clock = settings.deadlines().clocks(incident.facts(), incident.reports(), now).get(candidate.deadline().ordinal());
        if (!incident.isOpen() || !clock.overdue()) {
            claims.release(candidate.incidentId(), candidate.deadline());
            return false;
        }
        overdue.fire(new DeadlineOverdue(incident.getReference().value(), candidate.deadline().name(), clock.due()));
        audit.fire(new SensitiveAction("system", AuditAction.INCIDENT_CHANGE, incident.getOpenedFrom(), null, "OK",
                incident.getReference().value() + " overdue announced: " + candidate.deadline().name()));
        return true;
    }
}
