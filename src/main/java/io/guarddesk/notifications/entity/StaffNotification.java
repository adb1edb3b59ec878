package io.guarddesk.notifications.entity;

import io.guarddesk.staff.entity.StaffUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * An in-app notice to one staff member: what happened and to which ticket or incident (its
 * reference only — the content stays behind the ticket's own access rules).
 */
@Entity
@Table(name = "staff_notification")
@NamedQuery(name = StaffNotification.RECENT, query = "SELECT n FROM StaffNotification n WHERE n.staff.username = :username "
        + "ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = StaffNotification.UNREAD_COUNT, query = "SELECT COUNT(n) FROM StaffNotification n "
        + "WHERE n.staff.username = :username AND n.readAt IS NULL")
public class StaffNotification {

    public static final String RECENT = "StaffNotification.recent";
    public static final String UNREAD_COUNT = "StaffNotification.unreadCount";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_notification_seq")
    @SequenceGenerator(name = "staff_notification_seq", sequenceName = "staff_notification_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private StaffUser staff;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    /** A ticket or incident reference. */
    private String subject;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected StaffNotification() {
    }

    public StaffNotification(StaffUser staff, NotificationKind kind, String subject, Instant createdAt) {
        this.staff = staff;
        this.kind = kind;
        this.subject = subject;
        this.createdAt = createdAt;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean belongsTo(String username) {
        return staff.getUsername().equals(username);
    }

    public Long getId() {
        return id;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }
}
