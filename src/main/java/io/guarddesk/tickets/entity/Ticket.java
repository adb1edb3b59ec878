package io.guarddesk.tickets.entity;

import io.guarddesk.accounts.entity.CustomerAccount;
import io.guarddesk.staff.entity.StaffUser;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A customer's request and its thread. The database id never leaves the server: people and
 * URLs use the {@link Reference}, the customer's private link is kept only as a hash.
 */
@Entity
@Table(name = "ticket")
@EntityListeners(TicketChanges.class)
@NamedQuery(name = Ticket.BY_REFERENCE, query = "SELECT t FROM Ticket t WHERE t.reference = :reference")
public class Ticket {

    public static final String BY_REFERENCE = "Ticket.byReference";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    private Long id;

    @Convert(converter = ReferenceConverter.class)
    private Reference reference;

    @Column(name = "requester_name")
    private String requesterName;

    @Column(name = "requester_email")
    private String requesterEmail;

    @Column(name = "requester_language")
    private String requesterLanguage;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private boolean security;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_source")
    private SecuritySource securitySource;

    @Column(name = "security_since")
    private Instant securitySince;

    @Column(name = "ack_due_at")
    private Instant ackDueAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "acknowledged_by_id")
    private StaffUser acknowledgedBy;

    /** Raised only by the escalation job's conditional UPDATE (exactly once per level); read here. */
    @Column(name = "escalation_level", insertable = false, updatable = false)
    private int escalationLevel;

    private String subject;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private StaffUser assignee;

    @Column(name = "requester_verified_at")
    private Instant requesterVerifiedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "related_ticket_id")
    private Ticket relatedTicket;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private CustomerAccount account;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt ASC, id ASC")
    private List<Message> messages = new ArrayList<>();

    @Version
    private long version;

    protected Ticket() {
    }

    public Ticket(Reference reference, Requester requester, Category category,
                  Channel channel, String subject, TicketStatus initialStatus, Instant now) {
        this.reference = reference;
        this.requesterName = requester.name();
        this.requesterEmail = requester.email();
        this.requesterLanguage = requester.language().toLanguageTag();
        this.category = category;
        this.channel = channel;
        this.security = category.isSecurity();
        this.subject = subject;
        this.status = initialStatus;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * The requester proved control of the address (R1.1): the ticket enters the queue. Only a
     * ticket waiting for that proof changes; confirming twice changes nothing.
     */
    public boolean confirmRequester(Instant now) {
        if (status == TicketStatus.PENDING_VERIFICATION) {
            status = TicketStatus.NEW;
        } else if (!(security && requesterVerifiedAt == null)) {
            return false;
        }
        requesterVerifiedAt = now;
        updatedAt = now;
        return true;
    }

    /**
     * Becomes a security ticket (R3.1): supervisors only from now on (R3.2), with a clock for
     * their acknowledgement (R3.3). A security report does not wait for the requester's
     * confirmation: it goes straight to the supervisors, unverified (R1.3 still holds: no account
     * data for it until the link is followed). Answers false when it already was one.
     */
    public boolean tagSecurity(SecuritySource source, Instant now, Instant acknowledgeBy) {
        if (security && securitySource != null) {
            return false;
        }
        security = true;
        securitySource = source;
        securitySince = now;
        ackDueAt = acknowledgeBy;
        acknowledgedAt = null;
        acknowledgedBy = null;
        if (status == TicketStatus.PENDING_VERIFICATION) {
            status = TicketStatus.NEW;
        }
        updatedAt = now;
        return true;
    }

    /** A supervisor returns a ticket to the general queue (R3.2: effective on the very next request). */
    public boolean clearSecurity(Instant now) {
        if (!security) {
            return false;
        }
        security = false;
        securitySource = null;
        ackDueAt = null;
        updatedAt = now;
        return true;
    }

    /** A supervisor took it on: the acknowledgement clock stops (R3.3). Acknowledging twice changes nothing. */
    public boolean acknowledge(StaffUser supervisor, Instant now) {
        if (!security || acknowledgedAt != null) {
            return false;
        }
        acknowledgedAt = now;
        acknowledgedBy = supervisor;
        if (assignee == null) {
            assignee = supervisor;
            if (status == TicketStatus.NEW) {
                status = TicketStatus.OPEN;
            }
        }
        updatedAt = now;
        return true;
    }

    /** A requester who signed in or was verified another way opens tickets that are verified at once. */
    public void requesterAlreadyVerified(Instant at) {
        this.requesterVerifiedAt = at;
    }

    /** A phone ticket is about this account; its confirmation goes to the address on file (R1.4). */
    public void aboutAccount(CustomerAccount account) {
        this.account = account;
    }

    public void relateTo(Ticket original) {
        this.relatedTicket = original;
    }

    /** The first message of a ticket that still waits for its requester's confirmation. */
    public Message addPendingMessage(String body, Instant now) {
        if (status != TicketStatus.PENDING_VERIFICATION || !messages.isEmpty()) {
            throw new IllegalStateException("only a new, unconfirmed ticket takes its first message this way");
        }
        var message = new Message(this, AuthorKind.CUSTOMER, requesterName, null, body, now);
        messages.add(message);
        return message;
    }

    /** The requester writes; a ticket waiting for them or solved reopens. */
    public Message addCustomerMessage(String body, Instant now) {
        if (!status.acceptsCustomerReply()) {
            throw new TicketClosedException();
        }
        var message = new Message(this, AuthorKind.CUSTOMER, requesterName, null, body, now);
        messages.add(message);
        status = status.afterCustomerReply();
        updatedAt = now;
        return message;
    }

    /**
     * Staff answer and move the ticket on in one step. The move is checked before anything
     * changes, so a refused move leaves no orphan message; an answered ticket is no longer new.
     */
    public Message addStaffReply(StaffUser author, String body, TicketStatus requested, Instant now) {
        if (status == TicketStatus.CLOSED || status == TicketStatus.PENDING_VERIFICATION) {
            throw new TicketClosedException();
        }
        var next = requested == TicketStatus.NEW ? TicketStatus.OPEN : requested;
        if (next != status && !status.staffMayMoveTo().contains(next)) {
            throw new IllegalStatusChangeException(status, next);
        }
        var message = new Message(this, AuthorKind.STAFF, author.getDisplayName(), author, body, now);
        messages.add(message);
        status = next;
        if (assignee == null) {
            assignee = author;
        }
        updatedAt = now;
        return message;
    }

    /** Moves along an allowed edge of the lifecycle, or refuses; staying where it is changes nothing. */
    public void moveTo(TicketStatus next, Instant now) {
        if (next == status) {
            return;
        }
        if (!status.staffMayMoveTo().contains(next)) {
            throw new IllegalStatusChangeException(status, next);
        }
        status = next;
        updatedAt = now;
    }

    public void assignTo(StaffUser staff, Instant now) {
        this.assignee = staff;
        if (status == TicketStatus.NEW && staff != null) {
            status = TicketStatus.OPEN;
        }
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Reference getReference() {
        return reference;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getRequesterEmail() {
        return requesterEmail;
    }

    public Locale getRequesterLanguage() {
        return Locale.forLanguageTag(requesterLanguage);
    }

    public Category getCategory() {
        return category;
    }

    public Channel getChannel() {
        return channel;
    }

    public boolean isSecurity() {
        return security;
    }

    public Optional<SecuritySource> securitySource() {
        return Optional.ofNullable(securitySource);
    }

    public Optional<Instant> securitySince() {
        return Optional.ofNullable(securitySince);
    }

    public Optional<Instant> acknowledgeBy() {
        return Optional.ofNullable(ackDueAt);
    }

    public Optional<Instant> acknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt);
    }

    public Optional<StaffUser> acknowledgedBy() {
        return Optional.ofNullable(acknowledgedBy);
    }

    public int getEscalationLevel() {
        return escalationLevel;
    }

    public String getSubject() {
        return subject;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Optional<StaffUser> assignee() {
        return Optional.ofNullable(assignee);
    }

    public boolean isRequesterVerified() {
        return requesterVerifiedAt != null;
    }

    public Optional<Ticket> relatedTicket() {
        return Optional.ofNullable(relatedTicket);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Message> getMessages() {
        return List.copyOf(messages);
    }

    public long getVersion() {
        return version;
    }
}
