package io.guarddesk.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * "No more mail to this address about this ticket" (R1.6), recorded when the recipient follows a
 * "this wasn't me" link. A {@code null} ticket stands for the mails that concern no ticket (sign-in
 * links), so a not-me report on one of those stops the next ones too.
 */
@Entity
@Table(name = "mail_suppression")
@NamedQuery(name = Suppression.FOR_TICKET, query = "SELECT COUNT(s) FROM Suppression s WHERE s.recipient = :recipient "
        + "AND s.ticketId = :ticketId")
@NamedQuery(name = Suppression.FOR_NO_TICKET, query = "SELECT COUNT(s) FROM Suppression s WHERE s.recipient = :recipient "
        + "AND s.ticketId IS NULL")
public class Suppression {

    public static final String FOR_TICKET = "Suppression.forTicket";
    public static final String FOR_NO_TICKET = "Suppression.forNoTicket";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_suppression_seq")
    @SequenceGenerator(name = "mail_suppression_seq", sequenceName = "mail_suppression_seq", allocationSize = 50)
    private Long id;

    private String recipient;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Suppression() {
    }

    public Suppression(String recipient, Long ticketId, Instant createdAt) {
        this.recipient = recipient;
        this.ticketId = ticketId;
        this.createdAt = createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
