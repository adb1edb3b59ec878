package io.guarddesk.tickets.entity;

import io.guarddesk.staff.entity.StaffUser;
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

import java.time.Instant;
import java.util.Optional;

/**
 * One change of a ticket's security tag: why, by whom, with the escalating agent's note, so a
 * supervisor sees why the ticket is theirs and the customer never has to repeat anything.
 */
@Entity
@Table(name = "ticket_tag_change")
@NamedQuery(name = TagChange.OF_TICKET, query = "SELECT c FROM TagChange c WHERE c.ticket = :ticket ORDER BY c.createdAt, c.id")
public class TagChange {

    public static final String OF_TICKET = "TagChange.ofTicket";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_tag_change_seq")
    @SequenceGenerator(name = "ticket_tag_change_seq", sequenceName = "ticket_tag_change_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    private boolean security;

    @Enumerated(EnumType.STRING)
    private SecuritySource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id")
    private StaffUser staff;

    private String note;

    @Column(name = "created_at")
    private Instant createdAt;

    protected TagChange() {
    }

    public TagChange(Ticket ticket, boolean security, SecuritySource source, StaffUser staff, String note, Instant createdAt) {
        this.ticket = ticket;
        this.security = security;
        this.source = source;
        this.staff = staff;
        this.note = note;
        this.createdAt = createdAt;
    }

    public boolean isSecurity() {
        return security;
    }

    public SecuritySource getSource() {
        return source;
    }

    public Optional<StaffUser> staff() {
        return Optional.ofNullable(staff);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
