package io.guarddesk.notices.boundary;

import io.guarddesk.notices.entity.Notice;
import io.guarddesk.tickets.control.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.Locale;

/** Notices exist for supervisors only; for anyone else every id answers as one that does not exist. */
final class NoticeAccess {

    private NoticeAccess() {
    }

    static Notice find(EntityManager em, long id, Viewer viewer, LockModeType lock, Locale locale) {
        if (!viewer.supervisor()) {
            throw NoticeRefusal.notFound(locale);
        }
        var notice = em.find(Notice.class, id, lock);
        if (notice == null) {
            throw NoticeRefusal.notFound(locale);
        }
        return notice;
    }

    /** Only the author changes a notice: whoever changed it could otherwise approve their own change. */
    static Notice forAuthor(EntityManager em, long id, Viewer viewer, Locale locale) {
        var notice = find(em, id, viewer, LockModeType.PESSIMISTIC_WRITE, locale);
        if (!notice.isAuthor(viewer.username())) {
            throw NoticeRefusal.notAuthor(locale);
        }
        if (!notice.getStatus().editable()) {
            throw NoticeRefusal.state(locale, "started");
        }
        return notice;
    }
}
