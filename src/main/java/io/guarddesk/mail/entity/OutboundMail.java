package io.guarddesk.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One message to one recipient in the outbox (R7.2), rendered when it was enqueued so that the
 * relay only sends; how its delivery stands is its {@link Delivery}. Only the hash of the "this
 * wasn't me" key is kept (R1.6, R4.2), and the bodies are forgotten once the mail has left for a
 * real server (or never will), because their links are live credentials (R4).
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboundMail.CLAIMED_BY, query = "SELECT m FROM OutboundMail m WHERE m.delivery.claimedBy = :claimer "
        + "ORDER BY m.delivery.nextAttemptAt, m.id")
@NamedQuery(name = OutboundMail.BY_NOT_ME_HASH, query = "SELECT m FROM OutboundMail m WHERE m.notMeHash = :hash")
@NamedQuery(name = OutboundMail.COUNT_SINCE, query = "SELECT COUNT(m) FROM OutboundMail m WHERE m.recipient = :recipient "
        + "AND m.kind = :kind AND m.createdAt >= :since")
@NamedQuery(name = OutboundMail.PENDING_FOR, query = "SELECT m FROM OutboundMail m WHERE m.recipient = :recipient "
        + "AND m.delivery.status = io.guarddesk.mail.entity.MailStatus.PENDING")
@NamedQuery(name = OutboundMail.COUNT_BY_STATUS, query = "SELECT m.delivery.status, COUNT(m) FROM OutboundMail m "
        + "WHERE m.batch = :batch GROUP BY m.delivery.status")
@NamedQuery(name = OutboundMail.NEWEST, query = "SELECT m FROM OutboundMail m ORDER BY m.createdAt DESC, m.id DESC")
public class OutboundMail {

    public static final String CLAIMED_BY = "OutboundMail.claimedBy";
    public static final String BY_NOT_ME_HASH = "OutboundMail.byNotMeHash";
    public static final String COUNT_SINCE = "OutboundMail.countSince";
    public static final String PENDING_FOR = "OutboundMail.pendingFor";
    public static final String NEWEST = "OutboundMail.newest";
    public static final String COUNT_BY_STATUS = "OutboundMail.countByStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    private Long id;

    @Column(name = "message_id")
    private String messageId;

    private String kind;
    private String template;

    @Column(name = "ticket_id")
    private Long ticketId;

    private String recipient;

    @Column(name = "recipient_name")
    private String recipientName;

    private String language;
    private String subject;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "html_body")
    private String htmlBody;

    @Column(name = "not_me_hash")
    private String notMeHash;

    private String batch;

    @Column(name = "created_at")
    private Instant createdAt;

    @Embedded
    private Delivery delivery;

    protected OutboundMail() {
    }

    public OutboundMail(Addressing addressing, Content content, String notMeHash, Instant createdAt) {
        this.messageId = addressing.messageId();
        this.kind = addressing.kind();
        this.ticketId = addressing.ticketId();
        this.recipient = addressing.recipient();
        this.recipientName = addressing.recipientName();
        this.language = addressing.language().getLanguage();
        this.batch = addressing.batch();
        this.template = content.template();
        this.subject = content.subject();
        this.textBody = content.text();
        this.htmlBody = content.html();
        this.notMeHash = notMeHash;
        this.createdAt = createdAt;
        this.delivery = Delivery.dueAt(createdAt);
    }

    /** Who a mail goes to and what it is about. */
    public record Addressing(String messageId, String kind, Long ticketId, String recipient, String recipientName,
                             Locale language, String batch) {
    }

    /** The rendered mail. */
    public record Content(String template, String subject, String text, String html) {
    }

    public boolean isClaimedBy(String claimer) {
        return delivery.isClaimedBy(claimer);
    }

    public void suppress(Instant now) {
        delivery.finish(MailStatus.SUPPRESSED, now);
        forgetBodies();
    }

    /** Sent; the bodies stay only in the dev mailbox, which exists to be read. */
    public void delivered(Destination destination, Instant now) {
        delivery.delivered(destination, now);
        if (destination != Destination.DEV_MAILBOX) {
            forgetBodies();
        }
    }

    /** A temporary failure: released for another attempt at {@code next}. */
    public void retryAt(String reply, Instant next) {
        delivery.retryAt(reply, next);
    }

    /** A temporary failure after which no attempt is left. */
    public void failed(String reply, Instant now) {
        delivery.failed(MailStatus.FAILED, reply, now);
        forgetBodies();
    }

    public void bounced(String reply, Instant now) {
        delivery.failed(MailStatus.BOUNCED, reply, now);
        forgetBodies();
    }

    private void forgetBodies() {
        textBody = null;
        htmlBody = null;
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getKind() {
        return kind;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getSubject() {
        return subject;
    }

    public Optional<String> textBody() {
        return Optional.ofNullable(textBody);
    }

    public Optional<String> htmlBody() {
        return Optional.ofNullable(htmlBody);
    }

    public Delivery delivery() {
        return delivery;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
