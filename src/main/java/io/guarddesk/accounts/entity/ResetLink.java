package io.guarddesk.accounts.entity;

import io.guarddesk.staff.entity.StaffUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A password-reset link handed to a verified requester for their own account (R2.2): one use,
 * bound to the account and the requester's address, expiring. Only the token's hash is kept (R4.2).
 */
@Entity
@Table(name = "reset_link")
@NamedQuery(name = ResetLink.BY_HASH, query = "SELECT r FROM ResetLink r WHERE r.tokenHash = :hash")
public class ResetLink {

    public static final String BY_HASH = "ResetLink.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reset_link_seq")
    @SequenceGenerator(name = "reset_link_seq", sequenceName = "reset_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private CustomerAccount account;

    @Column(name = "requester_email")
    private String requesterEmail;

    @Column(name = "ticket_id")
    private Long ticketId;

    @ManyToOne
    @JoinColumn(name = "issued_by")
    private StaffUser issuedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ResetLink() {
    }

    public ResetLink(String tokenHash, CustomerAccount account, String requesterEmail, Long ticketId, StaffUser issuedBy,
                     Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.requesterEmail = requesterEmail;
        this.ticketId = ticketId;
        this.issuedBy = issuedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public enum State { VALID, USED, EXPIRED, NOT_OWNER_ANY_MORE }

    /** A link stops working when its account changed hands since it was issued. */
    public State stateAt(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (!now.isBefore(expiresAt)) {
            return State.EXPIRED;
        }
        return account.isOwnedBy(requesterEmail) ? State.VALID : State.NOT_OWNER_ANY_MORE;
    }

    public boolean isFor(String ownerAddressKey) {
        return requesterEmail.equals(ownerAddressKey);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public CustomerAccount getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
