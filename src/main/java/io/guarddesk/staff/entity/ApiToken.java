package io.guarddesk.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A personal API token. Only its SHA-256 is kept (R4.2): the token itself is shown once, when it
 * is created; {@code hint} (its first characters) lets its owner tell tokens apart.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t JOIN FETCH t.staff WHERE t.tokenHash = :hash")
@NamedQuery(name = ApiToken.BY_STAFF, query = "SELECT t FROM ApiToken t WHERE t.staff = :staff ORDER BY t.createdAt DESC")
public class ApiToken {

    static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String BY_STAFF = "ApiToken.byStaff";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private StaffUser staff;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    private String hint;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(StaffUser staff, String name, String tokenHash, String hint, Instant createdAt) {
        this.staff = staff;
        this.name = name;
        this.tokenHash = tokenHash;
        this.hint = hint;
        this.createdAt = createdAt;
    }

    public boolean isUsable() {
        return revokedAt == null && staff.isActive();
    }

    /**
     * Notes a use to the minute. Writing every request's time would turn each authenticated read
     * into a row update and a commit, and make all requests with one token queue on its row lock;
     * "last used" is read by people deciding which token to revoke, for whom a minute is exact enough.
     */
    public void usedAt(Instant now) {
        if (lastUsedAt == null || !lastUsedAt.plus(USE_RESOLUTION).isAfter(now)) {
            this.lastUsedAt = now;
        }
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public StaffUser getStaff() {
        return staff;
    }

    public String getName() {
        return name;
    }

    public String getHint() {
        return hint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
