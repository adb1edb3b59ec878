package io.guarddesk.notifications.boundary.web;

import io.guarddesk.notifications.boundary.Notifications;
import io.guarddesk.notifications.entity.NotificationKind;
import io.guarddesk.notifications.entity.StaffNotification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.List;

/** The signed-in staff member's notices (R3.3): the bell in the header and the list page. */
@Named
@RequestScoped
public class NotificationsBean {

    @Inject
    Notifications notifications;

    @Inject
    SecurityContext security;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            var me = security.getCallerPrincipal();
            unread = me == null ? 0 : notifications.unread(me.getName());
        }
        return unread;
    }

    public List<StaffNotification> getRecent() {
        return notifications.recent(security.getCallerPrincipal().getName(), 100);
    }

    /** Opens what the notice is about and marks it read. */
    public String open(long id, String kind, String subject) {
        notifications.markRead(id, security.getCallerPrincipal().getName());
        var page = NotificationKind.valueOf(kind) == NotificationKind.DEADLINE_OVERDUE ? "/supervisor/incident?ref=" : "/agent/ticket?ref=";
        return page + subject + "&faces-redirect=true";
    }
}
