package io.guarddesk.tickets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One private link to a ticket, kept only as the SHA-256 of its key (R4.2). A ticket has one per
 * mail that links to it, so every link a customer was given keeps working.
 */
@Entity
@Table(name = "ticket_access_key")
@NamedQuery(name = TicketAccessKey.TICKET_BY_HASH, query = "SELECT k.ticket FROM TicketAccessKey k WHERE k.keyHash = :hash")
public class TicketAccessKey {

    public static final String TICKET_BY_HASH = "TicketAccessKey.ticketByHash";

    @Id
    @Column(name = "key_hash")
    private String keyHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(name = "created_at")
    private Instant createdAt;

    protected TicketAccessKey() {
    }

    public TicketAccessKey(String keyHash, Ticket ticket, Instant createdAt) {
        this.keyHash = keyHash;
        this.ticket = ticket;
        this.createdAt = createdAt;
    }
}
