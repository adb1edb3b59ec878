package io.guarddesk.notices.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A notice to many customers (R5) and its two-person check. The content hash is kept current with
 * every change; an approval records the hash the approver saw, and sending starts only while the
 * two are equal (R5.2). The methods here are the last line of the rules, which the boundary checks
 * first to say why in the user's language.
 */
@Entity
@Table(name = "notice")
@NamedQuery(name = Notice.ALL, query = "SELECT n FROM Notice n ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notice.OF_INCIDENT, query = "SELECT n FROM Notice n WHERE n.incident = :incident ORDER BY n.createdAt, n.id")
@NamedQuery(name = Notice.TO_SEND, query = "SELECT n.id FROM Notice n WHERE (n.status = io.guarddesk.notices.entity.NoticeStatus.APPROVED "
        + "AND n.sendAt <= :now) OR n.status = io.guarddesk.notices.entity.NoticeStatus.SENDING ORDER BY n.sendAt, n.id")
public class Notice {

    public static final String ALL = "Notice.all";
    public static final String OF_INCIDENT = "Notice.ofIncident";
    public static final String TO_SEND = "Notice.toSend";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    private Long id;

    private String author;
    private String incident;

    @Enumerated(EnumType.STRING)
    private RecipientSource source;

    @Embedded
    private DirectoryQuery query;

    @Column(name = "subject_en")
    private String subjectEn;

    @Column(name = "body_en")
    private String bodyEn;

    @Column(name = "subject_ja")
    private String subjectJa;

    @Column(name = "body_ja")
    private String bodyJa;

    @Column(name = "send_at")
    private Instant sendAt;

    @Enumerated(EnumType.STRING)
    private NoticeStatus status;

    @Column(name = "recipient_count")
    private int recipientCount;

    @Column(name = "recipients_hash")
    private String recipientsHash;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_hash")
    private String approvedHash;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "rejected_by")
    private String rejectedBy;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "paced_until")
    private Instant pacedUntil;

    @Column(name = "next_position")
    private int nextPosition;

    @Column(name = "queued_count")
    private int queuedCount;

    @Column(name = "refused_count")
    private int refusedCount;

    @Column(name = "paused_by")
    private String pausedBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Notice() {
    }

    /** A draft without recipients yet. */
    public Notice(String author, NoticeText text, Instant sendAt, Instant now) {
        this.author = author;
        this.source = RecipientSource.CSV;
        this.status = NoticeStatus.DRAFT;
        this.recipientsHash = ContentHash.recipients().hex();
        this.createdAt = now;
        write(text, sendAt, now);
    }

    /** New text and send time; voids any approval (R5.2). */
    public void change(NoticeText text, Instant sendAt, Instant now) {
        requireEditable();
        write(text, sendAt, now);
    }

    /** A new recipient list (its rows are written by the caller); voids any approval (R5.2). */
    public void recipients(Recipients recipients, Instant now) {
        requireEditable();
        this.source = recipients.source();
        this.incident = recipients.incident();
        this.query = recipients.query();
        this.recipientCount = recipients.count();
        this.recipientsHash = recipients.hash();
        toDraft(now);
    }

    /** Where a recipient list came from, how many, and its hash. */
    public record Recipients(RecipientSource source, String incident, DirectoryQuery query, int count, String hash) {
    }

    public void submit(Instant now) {
        require(status == NoticeStatus.DRAFT && recipientCount > 0, "only a draft with recipients is submitted");
        status = NoticeStatus.AWAITING_APPROVAL;
        submittedAt = now;
        updatedAt = now;
    }

    /** Approved by a second supervisor who saw exactly {@code hashSeen}. */
    public void approve(String approver, String hashSeen, Instant now) {
        require(status == NoticeStatus.AWAITING_APPROVAL, "only a notice awaiting approval is approved");
        require(!isAuthor(approver), "the author never approves their own notice");
        require(contentHash.equals(hashSeen), "the approval must be of the notice as it is");
        status = NoticeStatus.APPROVED;
        approvedBy = approver;
        approvedHash = hashSeen;
        approvedAt = now;
        rejectedBy = null;
        rejectionReason = null;
        rejectedAt = null;
        updatedAt = now;
    }

    /** Back to its author with a reason. */
    public void reject(String reviewer, String reason, Instant now) {
        require(status == NoticeStatus.AWAITING_APPROVAL, "only a notice awaiting approval is rejected");
        require(!isAuthor(reviewer), "the author withdraws a notice by editing it");
        toDraft(now);
        rejectedBy = reviewer;
        rejectionReason = reason;
        rejectedAt = now;
    }

    /**
     * Sending begins, if the notice is approved, due, and still exactly what was approved:
     * {@code recipientsHashNow} is the hash of the recipient rows as they are in the database.
     */
    public boolean start(String recipientsHashNow, Instant now) {
        if (status != NoticeStatus.APPROVED || sendAt.isAfter(now)) {
            return false;
        }
        if (!recipientsHash.equals(recipientsHashNow) || !Objects.equals(approvedHash, hash())) {
            // changed outside the desk's own paths: the approval no longer covers it
            toDraft(now);
            return false;
        }
        status = NoticeStatus.SENDING;
        startedAt = now;
        updatedAt = now;
        return true;
    }

    public void pause(String by, Instant now) {
        require(status == NoticeStatus.SENDING, "only a notice being sent is paused");
        status = NoticeStatus.PAUSED;
        pausedBy = by;
        updatedAt = now;
    }

    public void resume(Instant now) {
        require(status == NoticeStatus.PAUSED, "only a paused notice is resumed");
        status = NoticeStatus.SENDING;
        pausedBy = null;
        updatedAt = now;
    }

    /**
     * How many messages the pace allows now at {@code perSecond}, for all instances together: the
     * time since the last message was paid for, at most {@code burst} of it, times the rate.
     */
    public long allowance(double perSecond, java.time.Duration burst, Instant now) {
        var since = paceFrom(burst, now);
        return (long) Math.min(Long.MAX_VALUE / 2, java.time.Duration.between(since, now).toMillis() * perSecond / 1000);
    }

    /** {@code sent} messages at {@code perSecond} have been paid for. */
    public void paced(long sent, double perSecond, java.time.Duration burst, Instant now) {
        var paid = paceFrom(burst, now).plusMillis((long) Math.ceil(sent * 1000 / perSecond));
        pacedUntil = paid.isAfter(now) ? now : paid;
    }

    private Instant paceFrom(java.time.Duration burst, Instant now) {
        var earliest = now.minus(burst);
        return pacedUntil == null || pacedUntil.isBefore(earliest) ? earliest : pacedUntil;
    }

    /** Recipients before this position have been handled. */
    public int getNextPosition() {
        return nextPosition;
    }

    /** Every recipient before {@code position} has been handled. */
    public void handledUpTo(int position) {
        nextPosition = Math.max(nextPosition, position);
    }

    /** One more recipient handled: its message queued, or refused by the guard. */
    public void counted(boolean queued) {
        if (queued) {
            queuedCount++;
        } else {
            refusedCount++;
        }
    }

    public int getQueuedCount() {
        return queuedCount;
    }

    public int getRefusedCount() {
        return refusedCount;
    }

    /** Every recipient has been written to the outbox (or refused). */
    public void finished(Instant now) {
        require(status == NoticeStatus.SENDING, "only a notice being sent finishes");
        status = NoticeStatus.SENT;
        finishedAt = now;
        updatedAt = now;
    }

    public boolean isAuthor(String username) {
        return author.equalsIgnoreCase(username);
    }

    /** The hash of what an approver sees now. */
    public String hash() {
        return new ContentHash("guarddesk-notice-v1").add(subjectEn).add(bodyEn).add(subjectJa).add(bodyJa).add(sendAt)
                .add(source.name()).add(incident).add(recipientCount).add(recipientsHash).hex();
    }

    public String batch() {
        return "notice-" + id;
    }

    public NoticeText text() {
        return new NoticeText(subjectEn, bodyEn, subjectJa, bodyJa);
    }

    private void write(NoticeText text, Instant sendAt, Instant now) {
        this.subjectEn = text.subjectEn();
        this.bodyEn = text.bodyEn();
        this.subjectJa = text.subjectJa();
        this.bodyJa = text.bodyJa();
        this.sendAt = sendAt;
        toDraft(now);
    }

    /** Any change: back to the author, no approval stands (R5.2). */
    private void toDraft(Instant now) {
        status = NoticeStatus.DRAFT;
        submittedAt = null;
        approvedBy = null;
        approvedHash = null;
        approvedAt = null;
        contentHash = hash();
        updatedAt = now;
    }

    private void requireEditable() {
        require(status.editable(), "a notice is not changed once sending has begun");
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalStateException(rule);
        }
    }

    public Long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public String getIncident() {
        return incident;
    }

    public RecipientSource getSource() {
        return source;
    }

    public DirectoryQuery getQuery() {
        return query;
    }

    public Instant getSendAt() {
        return sendAt;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public int getRecipientCount() {
        return recipientCount;
    }

    public String getRecipientsHash() {
        return recipientsHash;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getRejectedBy() {
        return rejectedBy;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getPausedBy() {
        return pausedBy;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
