package io.guarddesk.incidents.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A leak of personal data, opened by a supervisor from a security ticket (R3.4). Tickets, staff
 * and accounts are held by the identifiers people use (ticket reference, user name, account
 * number), each with a foreign key in the schema: the incident outlives changes to those
 * features' entities and never loads a ticket's thread to show a clock.
 *
 * <p>The three {@code *OverdueNotified} flags are written only by the overdue job's conditional
 * UPDATE (the claim) and cleared here when a change of facts makes a deadline no longer overdue,
 * so that it is announced again when it passes anew.
 */
@Entity
@Table(name = "incident")
@NamedQuery(name = Incident.BY_REFERENCE, query = "SELECT i FROM Incident i WHERE i.reference = :reference")
@NamedQuery(name = Incident.OPEN, query = "SELECT i FROM Incident i WHERE i.status = io.guarddesk.incidents.entity.IncidentStatus.OPEN "
        + "ORDER BY i.discoveredAt, i.id")
@NamedQuery(name = Incident.OPEN_FROM_TICKET, query = "SELECT i.reference FROM Incident i WHERE i.openedFrom = :ticket "
        + "AND i.status = io.guarddesk.incidents.entity.IncidentStatus.OPEN")
@NamedQuery(name = Incident.NOT_YET_ANNOUNCED, query = "SELECT i FROM Incident i WHERE i.status = "
        + "io.guarddesk.incidents.entity.IncidentStatus.OPEN AND (i.preliminaryOverdueNotified = FALSE "
        + "OR i.finalOverdueNotified = FALSE OR i.gdprOverdueNotified = FALSE) ORDER BY i.id")
public class Incident {

    public static final String BY_REFERENCE = "Incident.byReference";
    public static final String OPEN = "Incident.open";
    public static final String OPEN_FROM_TICKET = "Incident.openFromTicket";
    /** Open incidents with at least one deadline not yet announced as overdue: the overdue job's candidates. */
    public static final String NOT_YET_ANNOUNCED = "Incident.notYetAnnounced";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_seq")
    @SequenceGenerator(name = "incident_seq", sequenceName = "incident_seq", allocationSize = 50)
    private Long id;

    @Convert(converter = IncidentReferenceConverter.class)
    private IncidentReference reference;

    private String title;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "opened_from")
    private String openedFrom;

    @Column(name = "opened_at")
    private Instant openedAt;

    @ElementCollection
    @CollectionTable(name = "incident_leaked_data", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "kind")
    @Enumerated(EnumType.STRING)
    private Set<LeakedData> kinds = new HashSet<>();

    private int people;

    @Column(name = "discovered_at")
    private Instant discoveredAt;

    @Column(name = "unauthorised_access")
    private boolean unauthorisedAccess;

    private boolean gdpr;

    @ElementCollection
    @CollectionTable(name = "incident_ticket", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "ticket_reference")
    private Set<String> linkedTickets = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "incident_account", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "account_number")
    private Set<String> affectedAccounts = new HashSet<>();

    @Column(name = "preliminary_report_at")
    private Instant preliminaryReportAt;

    @Column(name = "final_report_at")
    private Instant finalReportAt;

    @Column(name = "gdpr_notified_at")
    private Instant gdprNotifiedAt;

    @Column(name = "preliminary_overdue_notified")
    private boolean preliminaryOverdueNotified;

    @Column(name = "final_overdue_notified")
    private boolean finalOverdueNotified;

    @Column(name = "gdpr_overdue_notified")
    private boolean gdprOverdueNotified;

    @Enumerated(EnumType.STRING)
    private IncidentStatus status;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Incident() {
    }

    public Incident(IncidentReference reference, String openedBy, String openedFrom, IncidentFacts facts, Instant now) {
        this.reference = Objects.requireNonNull(reference);
        this.openedBy = Objects.requireNonNull(openedBy);
        this.openedFrom = Objects.requireNonNull(openedFrom);
        this.openedAt = now;
        this.status = IncidentStatus.OPEN;
        apply(facts);
        this.updatedAt = now;
    }

    /** Takes the new facts; answers the names of the facts that changed (for the audit), empty when none did. */
    public List<String> change(IncidentFacts facts, Instant now) {
        requireOpen();
        var before = facts();
        var changed = new ArrayList<String>();
        if (!before.title().equals(facts.title())) {
            changed.add("title");
        }
        if (!before.kinds().equals(facts.kinds())) {
            changed.add("kinds");
        }
        if (before.people() != facts.people()) {
            changed.add("people");
        }
        if (!before.discoveredAt().equals(facts.discoveredAt())) {
            changed.add("discoveredAt");
        }
        if (before.unauthorisedAccess() != facts.unauthorisedAccess()) {
            changed.add("unauthorisedAccess");
        }
        if (before.gdpr() != facts.gdpr()) {
            changed.add("gdpr");
        }
        if (!changed.isEmpty()) {
            apply(facts);
            updatedAt = now;
        }
        return changed;
    }

    /** Links another ticket about the same leak; false when it already is (or is the one it was opened from). */
    public boolean link(String ticketReference, Instant now) {
        requireOpen();
        if (ticketReference.equals(openedFrom) || !linkedTickets.add(ticketReference)) {
            return false;
        }
        updatedAt = now;
        return true;
    }

    /** Replaces the affected accounts; answers how many were added and removed. */
    public AccountChange affect(Set<String> accountNumbers, Instant now) {
        requireOpen();
        var added = accountNumbers.stream().filter(a -> !affectedAccounts.contains(a)).count();
        var removed = affectedAccounts.stream().filter(a -> !accountNumbers.contains(a)).count();
        if (added + removed > 0) {
            affectedAccounts.retainAll(accountNumbers);
            affectedAccounts.addAll(accountNumbers);
            updatedAt = now;
        }
        return new AccountChange((int) added, (int) removed);
    }

    public record AccountChange(int added, int removed) {

        public boolean any() {
            return added + removed > 0;
        }
    }

    /**
     * Records that a report was sent; the first record stands (a second click or a retried request
     * changes nothing) and answers false.
     */
    public boolean recordReport(Deadline deadline, Instant at) {
        requireOpen();
        if (reports().containsKey(deadline)) {
            return false;
        }
        switch (deadline) {
            case APPI_PRELIMINARY -> preliminaryReportAt = at;
            case APPI_FINAL -> finalReportAt = at;
            case GDPR -> gdprNotifiedAt = at;
        }
        updatedAt = at;
        return true;
    }

    public void close(Instant now) {
        requireOpen();
        status = IncidentStatus.CLOSED;
        closedAt = now;
        updatedAt = now;
    }

    public boolean overdueAnnounced(Deadline deadline) {
        return switch (deadline) {
            case APPI_PRELIMINARY -> preliminaryOverdueNotified;
            case APPI_FINAL -> finalOverdueNotified;
            case GDPR -> gdprOverdueNotified;
        };
    }

    /** The deadline is no longer overdue after a change of facts: announce it again should it pass anew. */
    public void forgetOverdueAnnouncement(Deadline deadline) {
        switch (deadline) {
            case APPI_PRELIMINARY -> preliminaryOverdueNotified = false;
            case APPI_FINAL -> finalOverdueNotified = false;
            case GDPR -> gdprOverdueNotified = false;
        }
    }

    /** The column of a deadline's announcement flag, for the overdue job's conditional UPDATE. */
    public static String announcementColumn(Deadline deadline) {
        return switch (deadline) {
            case APPI_PRELIMINARY -> "preliminary_overdue_notified";
            case APPI_FINAL -> "final_overdue_notified";
            case GDPR -> "gdpr_overdue_notified";
        };
    }

    public IncidentFacts facts() {
        return new IncidentFacts(title, kinds.isEmpty() ? EnumSet.noneOf(LeakedData.class) : EnumSet.copyOf(kinds), people,
                discoveredAt, unauthorisedAccess, gdpr);
    }

    /** The reports recorded so far, by deadline, with when they were recorded. */
    public Map<Deadline, Instant> reports() {
        var reports = new EnumMap<Deadline, Instant>(Deadline.class);
        Optional.ofNullable(preliminaryReportAt).ifPresent(at -> reports.put(Deadline.APPI_PRELIMINARY, at));
        Optional.ofNullable(finalReportAt).ifPresent(at -> reports.put(Deadline.APPI_FINAL, at));
        Optional.ofNullable(gdprNotifiedAt).ifPresent(at -> reports.put(Deadline.GDPR, at));
        return reports;
    }

    private void apply(IncidentFacts facts) {
        this.title = facts.title();
        this.kinds.retainAll(facts.kinds());
        this.kinds.addAll(facts.kinds());
        this.people = facts.people();
        this.discoveredAt = facts.discoveredAt();
        this.unauthorisedAccess = facts.unauthorisedAccess();
        this.gdpr = facts.gdpr();
    }

    private void requireOpen() {
        if (status != IncidentStatus.OPEN) {
            throw new IllegalStateException("a closed incident does not change");
        }
    }

    public Long getId() {
        return id;
    }

    public IncidentReference getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public String getOpenedFrom() {
        return openedFrom;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Set<String> getLinkedTickets() {
        return new TreeSet<>(linkedTickets);
    }

    public Set<String> getAffectedAccounts() {
        return new TreeSet<>(affectedAccounts);
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == IncidentStatus.OPEN;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
