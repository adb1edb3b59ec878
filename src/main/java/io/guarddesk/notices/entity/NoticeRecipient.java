package io.guarddesk.notices.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A recipient of a notice, snapshotted when the recipients were set: what the approver approved is
 * what is sent, whatever the directory does meanwhile (and the guard still checks each message
 * against the directory as it is when the message is written).
 */
@Entity
@Table(name = "notice_recipient")
@NamedQuery(name = NoticeRecipient.NEXT_WAITING, query = "SELECT r FROM NoticeRecipient r WHERE r.noticeId = :notice "
        + "AND r.position >= :from AND r.position < :to AND r.state = io.guarddesk.notices.entity.RecipientState.WAITING "
        + "ORDER BY r.position")
@NamedQuery(name = NoticeRecipient.DATA_IN_ORDER, query = "SELECT NEW io.guarddesk.notices.entity.RecipientData(r.email, r.name, "
        + "r.accounts, r.language) FROM NoticeRecipient r WHERE r.noticeId = :notice ORDER BY r.position")
@NamedQuery(name = NoticeRecipient.AT, query = "SELECT r FROM NoticeRecipient r WHERE r.noticeId = :notice "
        + "AND r.position IN :positions ORDER BY r.position")
@NamedQuery(name = NoticeRecipient.FIRST_IN, query = "SELECT r FROM NoticeRecipient r WHERE r.noticeId = :notice "
        + "AND r.language = :language ORDER BY r.position")
@NamedQuery(name = NoticeRecipient.DELETE_ALL, query = "DELETE FROM NoticeRecipient r WHERE r.noticeId = :notice")
public class NoticeRecipient {

    public static final String NEXT_WAITING = "NoticeRecipient.nextWaiting";
    public static final String DATA_IN_ORDER = "NoticeRecipient.dataInOrder";
    public static final String DELETE_ALL = "NoticeRecipient.deleteAll";
    public static final String AT = "NoticeRecipient.at";
    public static final String FIRST_IN = "NoticeRecipient.firstIn";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_recipient_seq")
    @SequenceGenerator(name = "notice_recipient_seq", sequenceName = "notice_recipient_seq", allocationSize = 500)
    private Long id;

    @Column(name = "notice_id")
    private long noticeId;

    private int position;
    private String email;
    private String name;
    private String accounts;
    private String language;

    @Enumerated(EnumType.STRING)
    private RecipientState state;

    @Column(name = "outbox_id")
    private Long outboxId;

    protected NoticeRecipient() {
    }

    public NoticeRecipient(long noticeId, int position, RecipientData data) {
        this.noticeId = noticeId;
        this.position = position;
        this.email = data.email();
        this.name = data.name();
        this.accounts = data.accounts();
        this.language = data.language();
        this.state = RecipientState.WAITING;
    }

    public RecipientData data() {
        return new RecipientData(email, name, accounts, language);
    }

    /** Its message is in the outbox, written in this same transaction. */
    public void queued(long outboxMailId) {
        requireWaiting();
        state = RecipientState.QUEUED;
        outboxId = outboxMailId;
    }

    /** The guard refused its message; nothing was written for it. */
    public void refused() {
        requireWaiting();
        state = RecipientState.REFUSED;
    }

    private void requireWaiting() {
        if (state != RecipientState.WAITING) {
            throw new IllegalStateException("recipient " + id + " was already " + state);
        }
    }

    public int getPosition() {
        return position;
    }

    public RecipientState getState() {
        return state;
    }

    public Long getOutboxId() {
        return outboxId;
    }
}
