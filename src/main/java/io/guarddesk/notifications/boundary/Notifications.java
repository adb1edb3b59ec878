package io.guarddesk.notifications.boundary;

import io.guarddesk.incidents.entity.DeadlineOverdue;
import io.guarddesk.mail.boundary.Letter;
import io.guarddesk.mail.boundary.Outbox;
import io.guarddesk.notifications.entity.NotificationKind;
import io.guarddesk.notifications.entity.StaffNotification;
import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.PublicUrls;
import io.guarddesk.staff.boundary.StaffDirectory;
import io.guarddesk.staff.entity.StaffUser;
import io.guarddesk.tickets.entity.AcknowledgementOverdue;
import io.guarddesk.tickets.entity.SecurityTagged;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the security team at once (R3.3): an in-app notice and a mail through the outbox for
 * each supervisor and privacy officer concerned. Observers run inside the transaction that
 * tagged or escalated, so the notices commit exactly when the cause does. Mails carry the
 * reference, the deadline and a link — never what the ticket says.
 */
@Boundary
public class Notifications {

    static final String MAIL_KIND = "STAFF_ALERT";
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StaffDirectory staff;

    @Inject
    Outbox outbox;

    @Inject
    PublicUrls urls;

    @Inject
    @ConfigProperty(name = "guarddesk.staff.mail-language", defaultValue = "en")
    String mailLanguage;

    @Inject
    @ConfigProperty(name = "guarddesk.sla.zone", defaultValue = "Asia/Tokyo")
    String zone;

    /** Every supervisor, the privacy officer among them, learns of a new security ticket. */
    void onTagged(@Observes SecurityTagged tagged) {
        tell(staff.supervisors(), NotificationKind.SECURITY_TICKET, tagged.reference(), tagged.acknowledgeBy(),
                "staff-security-ticket", Map.of("source", tagged.source().name()));
    }

    /** Level 1: every supervisor; level 2: the privacy officer as well (R3.3). */
    void onOverdue(@Observes AcknowledgementOverdue overdue) {
        if (overdue.level() == 1) {
            tell(staff.supervisors(), NotificationKind.ACKNOWLEDGEMENT_OVERDUE, overdue.reference(), overdue.acknowledgeBy(),
                    "staff-acknowledgement-overdue", Map.of());
        } else {
            tell(staff.privacyOfficers(), NotificationKind.PRIVACY_OFFICER_ESCALATION, overdue.reference(),
                    overdue.acknowledgeBy(), "staff-privacy-officer-escalation", Map.of());
        }
    }

    /** An incident's legal deadline passed without the report recorded (R3.4): the privacy officer is told. */
    void onDeadline(@Observes DeadlineOverdue overdue) {
        tell(staff.privacyOfficers(), NotificationKind.DEADLINE_OVERDUE, overdue.incidentReference(), overdue.due(),
                "staff-deadline-overdue", Map.of("deadline", overdue.deadline()));
    }

    /** The newest notices of the signed-in staff member. */
    public List<StaffNotification> recent(String username, int limit) {
        return em.createNamedQuery(StaffNotification.RECENT, StaffNotification.class)
                .setParameter("username", username)
                .setMaxResults(Math.max(1, Math.min(limit, 200)))
                .getResultList();
    }

    public long unread(String username) {
        return em.createNamedQuery(StaffNotification.UNREAD_COUNT, Long.class).setParameter("username", username).getSingleResult();
    }

    /** Marks one of the caller's own notices read; another's answers like one that does not exist. */
    public boolean markRead(long id, String username) {
        var notice = em.find(StaffNotification.class, id);
        if (notice == null || !notice.belongsTo(username)) {
            return false;
        }
        notice.markRead(clock.instant());
        return true;
    }

    void tell(List<StaffUser> recipients, NotificationKind kind, String reference, Instant due, String template,
              Map<String, String> extra) {
        var now = clock.instant();
        var language = Locale.forLanguageTag(mailLanguage);
        var link = kind == NotificationKind.DEADLINE_OVERDUE
                ? urls.base() + "/supervisor/incident.xhtml?ref=" + reference
                : urls.base() + "/agent/ticket.xhtml?ref=" + reference;
        for (var member : recipients) {
            em.persist(new StaffNotification(member, kind, reference, now));
            var parameters = new java.util.HashMap<>(extra);
            parameters.put("reference", reference);
            parameters.put("due", DUE.format(due.atZone(ZoneId.of(zone))));
            parameters.put("link", link);
            outbox.enqueue(new Letter(member.getEmail(), member.getDisplayName(), language, template, parameters, null, MAIL_KIND));
        }
    }
}
