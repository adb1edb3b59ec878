package io.guarddesk.tickets.boundary;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.disclosure.entity.GuardRefused;
import io.guarddesk.routing.boundary.ClassifierRules;
import io.guarddesk.staff.entity.StaffUser;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.SecuritySource;
import io.guarddesk.tickets.entity.SecurityTagged;
import io.guarddesk.tickets.entity.TagChange;
import io.guarddesk.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Makes tickets security tickets (R3.1), whichever of the five sources says so, always the same
 * way: the tag, its clock (R3.3), a tag-change row that tells supervisors why, the audit entry
 * (R6.1) and the event the notifications observe — all in the caller's transaction, so a
 * submission that is answered "saved" is already in the supervisor queue.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SecurityTagging {

    private static final int NOTE_MAX = 2_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SlaSettings sla;

    @Inject
    ClassifierRules classifier;

    @Inject
    Event<SecurityTagged> tagged;

    @Inject
    Event<SensitiveAction> audit;

    /** A new, persisted ticket: its category first, then the classifier over subject and first message. */
    public void atIntake(Ticket ticket, String firstMessage) {
        if (ticket.isSecurity()) {
            tag(ticket, ticket.getCategory() == Category.MISDIRECTED ? SecuritySource.NOT_ME : SecuritySource.FORM_CATEGORY,
                    null, null, "customer");
            return;
        }
        classify(ticket, ticket.getSubject(), firstMessage);
    }

    /** A later message from the customer may reveal what the first did not. */
    public void afterCustomerMessage(Ticket ticket, String message) {
        if (!ticket.isSecurity()) {
            classify(ticket, "", message);
        }
    }

    private void classify(Ticket ticket, String subject, String text) {
        var found = classifier.classify(subject, text);
        if (found.security()) {
            var rules = "rules: " + String.join(", ", found.matchedRules());
            // admin patterns may be long: the note column holds 2,000 characters
            tag(ticket, SecuritySource.CLASSIFIER, null, rules.length() > NOTE_MAX ? rules.substring(0, NOTE_MAX - 1) + "…" : rules,
                    "system");
        }
    }

    /** A refused reply on a ticket routes it to the supervisors (R3.1 source 4). */
    void onRefused(@Observes GuardRefused refused) {
        if (refused.ticketId() == null) {
            return;
        }
        var ticket = em.find(Ticket.class, refused.ticketId(), LockModeType.PESSIMISTIC_WRITE);
        if (ticket != null) {
            tag(ticket, SecuritySource.GUARD_REFUSAL, null, "refusal " + refused.refusalId(), refused.author());
        }
    }

    /**
     * Tags the ticket when it is not already a security ticket; answers whether it changed.
     * {@code note} (the escalating agent's words, or the rules that fired) is kept for the
     * supervisors on the tag change, never in the audit log.
     */
    public boolean tag(Ticket ticket, SecuritySource source, StaffUser staff, String note, String actor) {
        var now = clock.instant();
        if (!ticket.tagSecurity(source, now, sla.acknowledgement().dueFrom(now))) {
            return false;
        }
        if (ticket.getEscalationLevel() > 0) {
            // tagged again after a supervisor cleared it: it escalates afresh
            em.flush();
            em.createNativeQuery("UPDATE ticket SET escalation_level = 0 WHERE id = ?").setParameter(1, ticket.getId()).executeUpdate();
        }
        em.persist(new TagChange(ticket, true, source, staff, note, now));
        var action = source == SecuritySource.ESCALATION ? AuditAction.ESCALATION : AuditAction.TAG_CHANGE;
        audit.fire(SensitiveAction.of(actor, action, ticket.getReference().value(), "OK").withDetail("security: " + source));
        tagged.fire(new SecurityTagged(ticket.getId(), ticket.getReference().value(), source, ticket.acknowledgeBy().orElse(now)));
        return true;
    }
}
