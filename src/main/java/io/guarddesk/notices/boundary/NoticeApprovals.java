package io.guarddesk.notices.boundary;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.mail.boundary.Outbox;
import io.guarddesk.notices.control.NoticeReview;
import io.guarddesk.notices.control.NoticeSender;
import io.guarddesk.notices.control.NoticeView;
import io.guarddesk.notices.entity.Notice;
import io.guarddesk.notices.entity.NoticeStatus;
import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.Texts;
import io.guarddesk.tickets.control.Viewer;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Locale;

/**
 * The two-person check (R5.2): the author submits; a second supervisor reviews exactly what will
 * go out and approves that (by its hash) or rejects it with a reason. The author never approves
 * their own notice, and an approval of anything but the notice as it is now is refused. Approvals
 * and rejections are audited (R6.1).
 */
@Boundary
public class NoticeApprovals {

    static final int SAMPLE = 10;
    static final int MAX_REASON = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Notices notices;

    @Inject
    Event<SensitiveAction> audit;

    public NoticeView submit(long id, Viewer viewer, Locale locale) {
        var notice = NoticeAccess.forAuthor(em, id, viewer, locale);
        if (notice.getStatus() != NoticeStatus.DRAFT) {
            throw NoticeRefusal.state(locale, "notDraft");
        }
        if (notice.getRecipientCount() == 0) {
            throw NoticeRefusal.noRecipients(locale);
        }
        notice.submit(clock.instant());
        return notices.view(notice);
    }

    /** What the approver sees; the approval of it names {@link NoticeReview#hash()}. */
    public NoticeReview review(long id, Viewer viewer, Locale locale) {
        var notice = NoticeAccess.find(em, id, viewer, LockModeType.NONE, locale);
        var sample = NoticeSamples.of(em, notice, SAMPLE);
        var messages = new ArrayList<Outbox.Preview>();
        for (var language : new Locale[]{Locale.JAPANESE, Locale.ENGLISH}) {
            NoticeSamples.firstIn(em, notice, language.getLanguage()).or(() -> sample.stream().findFirst())
                    .ifPresent(recipient -> messages.add(outbox.preview(NoticeSender.letter(notice, recipient, language))));
        }
        return new NoticeReview(notices.view(notice), sample, messages, notice.getContentHash());
    }

    public NoticeView approve(long id, String hashSeen, Viewer viewer, Locale locale) {
        var notice = NoticeAccess.find(em, id, viewer, LockModeType.PESSIMISTIC_WRITE, locale);
        if (notice.isAuthor(viewer.username())) {
            throw NoticeRefusal.ownApproval(locale);
        }
        if (notice.getStatus() != NoticeStatus.AWAITING_APPROVAL) {
            throw NoticeRefusal.state(locale, "notAwaiting");
        }
        if (hashSeen == null || !hashSeen.equals(notice.getContentHash())) {
            throw NoticeRefusal.changedSinceSeen(locale);
        }
        notice.approve(viewer.username(), hashSeen, clock.instant());
        audit.fire(SensitiveAction.of(viewer.username(), AuditAction.APPROVAL, null, "OK").withDetail(describe(notice)));
        return notices.view(notice);
    }

    public NoticeView reject(long id, String reason, Viewer viewer, Locale locale) {
        var notice = NoticeAccess.find(em, id, viewer, LockModeType.PESSIMISTIC_WRITE, locale);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", Texts.of(locale, "notices.invalid.reason"));
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", Texts.format(locale, "notices.invalid.reason.long", MAX_REASON));
        }
        if (notice.isAuthor(viewer.username())) {
            throw NoticeRefusal.state(locale, "ownRejection");
        }
        if (notice.getStatus() != NoticeStatus.AWAITING_APPROVAL) {
            throw NoticeRefusal.state(locale, "notAwaiting");
        }
        notice.reject(viewer.username(), reason.strip(), clock.instant());
        // the reason is a person's words: it stays with the notice, the log records that there was one
        audit.fire(SensitiveAction.of(viewer.username(), AuditAction.REJECTION, null, "OK").withDetail("notice " + notice.getId()));
        return notices.view(notice);
    }

    /** Fixed-form: what was approved, never its text. */
    private static String describe(Notice notice) {
        return "notice " + notice.getId() + ": " + notice.getRecipientCount() + " recipients, send at " + notice.getSendAt()
                + ", content " + notice.getContentHash().substring(0, 16);
    }
}
