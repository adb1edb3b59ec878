package io.guarddesk.staff.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

@Entity
@Table(name = "staff_user")
@NamedQuery(name = StaffUser.BY_USERNAME, query = "SELECT s FROM StaffUser s WHERE s.username = :username")
public class StaffUser {

    public static final String BY_USERNAME = "StaffUser.byUsername";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
    @SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 50)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean active;

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The supervisor who answers for personal data (R3.3, R3.4): told of every security ticket and overdue deadline. */
    @Column(name = "privacy_officer")
    private boolean privacyOfficer;

    @Version
    private long version;

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, String email, String passwordHash,
                     Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.active = true;
        this.createdAt = createdAt;
    }

    /** Records a wrong password and how long the account now waits before the next try. */
    public void failedSignIn(Instant lockedUntil) {
        this.failedSignIns++;
        this.lockedUntil = lockedUntil;
    }

    public void succeededSignIn() {
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isPrivacyOfficer() {
        return privacyOfficer && roles.contains(Role.SUPERVISOR);
    }

    /** Only a supervisor can be the privacy officer: the role sees the security tickets the duty is about. */
    public void setPrivacyOfficer(boolean privacyOfficer) {
        if (privacyOfficer && !roles.contains(Role.SUPERVISOR)) {
            throw new IllegalStateException("a privacy officer must be a supervisor");
        }
        this.privacyOfficer = privacyOfficer;
    }

    /**
     * An admin's decision on what this member may do. The privacy officer flag needs the
     * supervisor role among the new roles; losing that role ends the duty.
     */
    public void assign(Set<Role> newRoles, boolean newActive, boolean newPrivacyOfficer) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("a staff member has at least one role");
        }
        if (newPrivacyOfficer && !newRoles.contains(Role.SUPERVISOR)) {
            throw new IllegalStateException("a privacy officer must be a supervisor");
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.active = newActive;
        this.privacyOfficer = newPrivacyOfficer;
    }
}
