package io.guarddesk.requesters.entity;

import io.guarddesk.tickets.entity.Ticket;
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
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A link mailed to an address to prove control of it (R1.2): only the token's hash is kept, it
 * works once, until it expires, and only while no newer link for the same ticket exists.
 */
@Entity
@Table(name = "confirmation")
@NamedQuery(name = Confirmation.BY_HASH, query = "SELECT c FROM Confirmation c WHERE c.tokenHash = :hash")
@NamedQuery(name = Confirmation.LIVE_FOR_TICKET, query = "SELECT c FROM Confirmation c WHERE c.ticket = :ticket "
        + "AND c.purpose = :purpose AND c.usedAt IS NULL AND c.voidedAt IS NULL")
@NamedQuery(name = Confirmation.LIVE_FOR_ADDRESS, query = "SELECT c FROM Confirmation c WHERE c.email = :email "
        + "AND c.purpose = :purpose AND c.usedAt IS NULL AND c.voidedAt IS NULL")
public class Confirmation {

    public static final String BY_HASH = "Confirmation.byHash";
    public static final String LIVE_FOR_ADDRESS = "Confirmation.liveForAddress";
    public static final String LIVE_FOR_TICKET = "Confirmation.liveForTicket";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "confirmation_seq")
    @SequenceGenerator(name = "confirmation_seq", sequenceName = "confirmation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    private String email;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Version
    private long version;

    protected Confirmation() {
    }

    public Confirmation(String tokenHash, Purpose purpose, Ticket ticket, String email, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.ticket = ticket;
        this.email = email;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** What following the link at {@code now} comes to; a usable link is used up by it. */
    public State redeem(Instant now) {
        var state = stateAt(now);
        if (state == State.USABLE) {
            usedAt = now;
            return State.REDEEMED;
        }
        return state;
    }

    /** The link's state, without using it: opening a page only looks (mail scanners open links too). */
    public State stateAt(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (voidedAt != null) {
            return State.REPLACED;
        }
        if (!now.isBefore(expiresAt)) {
            return State.EXPIRED;
        }
        return State.USABLE;
    }

    /** Unused, not replaced, and past its time: the only state in which a new link may be asked for. */
    public boolean expiredAt(Instant now) {
        return usedAt == null && voidedAt == null && !now.isBefore(expiresAt);
    }

    /** A newer link was sent: this one no longer works. */
    public void voidAt(Instant now) {
        if (usedAt == null && voidedAt == null) {
            voidedAt = now;
        }
    }

    public Ticket getTicket() {
        return ticket;
    }

    public String getEmail() {
        return email;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    /** The outcomes of following a link. */
    public enum State {
        USABLE, REDEEMED, USED, REPLACED, EXPIRED
    }
}
