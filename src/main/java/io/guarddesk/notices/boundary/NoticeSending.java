package io.guarddesk.notices.boundary;

import io.guarddesk.mail.boundary.Outbox;
import io.guarddesk.notices.control.NoticeSender;
import io.guarddesk.notices.control.NoticeView;
import io.guarddesk.notices.entity.Notice;
import io.guarddesk.notices.entity.NoticeStatus;
import io.guarddesk.platform.Boundary;
import io.guarddesk.tickets.control.Viewer;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Sending approved notices (R5.1, R5.3): steps of the {@link NoticeSchedule}, each its own
 * transaction, and a supervisor's pause and resume. A pause takes the notice's lock, so it waits
 * for a step under way and the next step sees it: after "paused" is shown, no further message
 * enters the outbox (those already in it still leave).
 */
@Boundary
public class NoticeSending {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Notices notices;

    @Inject
    NoticeSettings settings;

    /** Notices that are being sent, or approved and due to start. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> due() {
        return em.createNamedQuery(Notice.TO_SEND, Long.class).setParameter("now", clock.instant()).getResultList();
    }

    /** One step of notice {@code id}, at most {@code max} recipients; committed when it returns. */
    @Transactional(TxType.REQUIRES_NEW)
    public int step(long id, int max) {
        return NoticeSender.step(em, id, max, settings.rate(), outbox::enqueueScreened, clock.instant());
    }

    public NoticeView pause(long id, Viewer viewer, Locale locale) {
        var notice = NoticeAccess.find(em, id, viewer, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE, locale);
        if (notice.getStatus() != NoticeStatus.SENDING) {
            throw NoticeRefusal.state(locale, "notSending");
        }
        notice.pause(viewer.username(), clock.instant());
        return notices.view(notice);
    }

    public NoticeView resume(long id, Viewer viewer, Locale locale) {
        var notice = NoticeAccess.find(em, id, viewer, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE, locale);
        if (notice.getStatus() != NoticeStatus.PAUSED) {
            throw NoticeRefusal.state(locale, "notPaused");
        }
        notice.resume(clock.instant());
        return notices.view(notice);
    }
}
