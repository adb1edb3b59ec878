package io.guarddesk.disclosure.entity;

import io.guarddesk.staff.entity.StaffUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A message the guard refused (R2.5), kept as the record of the refusal and, when everything
 * found may be released, with the draft a supervisor can release with a justification (R2.7). A
 * draft holding a password or card number is never stored: there is nothing anyone may do with it.
 * Findings are kinds, places and masked tails only.
 */
@Entity
@Table(name = "guard_refusal")
@NamedQuery(name = GuardRefusal.FOR_TICKET, query = "SELECT r FROM GuardRefusal r WHERE r.ticketId = :ticketId ORDER BY r.createdAt DESC")
public class GuardRefusal {

    public static final String FOR_TICKET = "GuardRefusal.forTicket";

    public enum State { HELD, RELEASED, FINAL }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guard_refusal_seq")
    @SequenceGenerator(name = "guard_refusal_seq", sequenceName = "guard_refusal_seq", allocationSize = 50)
    private Long id;

    @Column(name = "ticket_id")
    private Long ticketId;

    private String channel;

    @ManyToOne(optional = false)
    private StaffUser author;

    private String findings;

    private boolean releasable;

    private String draft;

    @Column(name = "draft_status")
    private String draftStatus;

    @Column(name = "created_at")
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private State state;

    @ManyToOne
    @jakarta.persistence.JoinColumn(name = "released_by")
    private StaffUser releasedBy;

    private String justification;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Version
    private long version;

    protected GuardRefusal() {
    }

    /** {@code findings} as lines {@code KIND|WHERE|masked}; the draft only when {@code releasable}. */
    public GuardRefusal(Long ticketId, String channel, StaffUser author, List<String> findings, boolean releasable,
                        String draft, String draftStatus, Instant now) {
        this.ticketId = ticketId;
        this.channel = channel;
        this.author = author;
        this.findings = String.join("\n", findings);
        this.releasable = releasable;
        this.draft = releasable ? draft : null;
        this.draftStatus = releasable ? draftStatus : null;
        this.state = releasable ? State.HELD : State.FINAL;
        this.createdAt = now;
    }

    public void release(StaffUser supervisor, String why, Instant now) {
        this.releasedBy = supervisor;
        this.justification = why;
        this.releasedAt = now;
        this.state = State.RELEASED;
        this.draft = null;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getChannel() {
        return channel;
    }

    public StaffUser getAuthor() {
        return author;
    }

    public List<String> findingLines() {
        return findings.isEmpty() ? List.of() : Arrays.asList(findings.split("\n"));
    }

    public boolean isReleasable() {
        return releasable;
    }

    public Optional<String> draft() {
        return Optional.ofNullable(draft);
    }

    public Optional<String> draftStatus() {
        return Optional.ofNullable(draftStatus);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public State getState() {
        return state;
    }

    public Optional<StaffUser> releasedBy() {
        return Optional.ofNullable(releasedBy);
    }

    public String getJustification() {
        return justification;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }
}
