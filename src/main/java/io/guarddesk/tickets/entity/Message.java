package io.guarddesk.tickets.entity;

import io.guarddesk.staff.entity.StaffUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One message in a ticket's thread, from the customer or from staff. Immutable once written. */
@Entity
@Table(name = "ticket_message")
@EntityListeners(TicketChanges.class)
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_message_seq")
    @SequenceGenerator(name = "ticket_message_seq", sequenceName = "ticket_message_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind")
    private AuthorKind authorKind;

    @Column(name = "author_name")
    private String authorName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id")
    private StaffUser staff;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Message() {
    }

    Message(Ticket ticket, AuthorKind authorKind, String authorName, StaffUser staff, String body, Instant createdAt) {
        this.ticket = ticket;
        this.authorKind = authorKind;
        this.authorName = authorName;
        this.staff = staff;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public AuthorKind getAuthorKind() {
        return authorKind;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isFromCustomer() {
        return authorKind == AuthorKind.CUSTOMER;
    }
}
