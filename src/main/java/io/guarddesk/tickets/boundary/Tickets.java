package io.guarddesk.tickets.boundary;

import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.RateLimits;
import io.guarddesk.platform.Validation;
import io.guarddesk.staff.boundary.StaffDirectory;
import io.guarddesk.staff.entity.Role;
import io.guarddesk.tickets.control.AccessKeys;
import io.guarddesk.tickets.control.CustomerView;
import io.guarddesk.tickets.control.Intake;
import io.guarddesk.tickets.control.QueueFilter;
import io.guarddesk.tickets.control.QueueOrder;
import io.guarddesk.tickets.control.QueuePage;
import io.guarddesk.tickets.control.QueueQuery;
import io.guarddesk.tickets.control.SubmissionForm;
import io.guarddesk.tickets.control.TicketSummary;
import io.guarddesk.tickets.control.TicketView;
import io.guarddesk.tickets.control.Viewer;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.Requester;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything that creates or changes a ticket, each method one transaction. Staff methods take
 * the {@link Viewer} and answer {@link TicketNotFoundException} for a ticket the viewer may not
 * see, exactly as for one that does not exist.
 */
@Boundary
public class Tickets {

    static final int MAX_REPLY = 20_000;

    /**
     * The queue counts matches up to here and then says "10000+": 400 pages of 25 is more than
     * anyone pages through (they filter instead), and counting further costs a scan of every
     * match (about 200 ms at a million tickets on PostgreSQL).
     */
    static final int COUNT_CAP = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Validation validation;

    @Inject
    RateLimits rateLimits;

    @Inject
    PublicLimits limits;

    @Inject
    StaffDirectory staff;

    /** A customer's new ticket. The returned access key is the only copy that ever exists. */
    public Submitted submit(SubmissionForm form, Channel channel, Locale locale, String client) {
        rateLimits.consume(limits.perClient(), client);
        validation.check(form, locale);
        var email = Intake.email(form.getEmail());
        rateLimits.consume(limits.perAddress(), email);
        var language = form.getLanguage() != null ? Locale.forLanguageTag(form.getLanguage()) : locale;
        var accessKey = AccessKeys.newKey();
        var now = clock.instant();
        var ticket = new Ticket(Reference.random(), AccessKeys.hash(accessKey),
                new Requester(Intake.line(form.getName()), email, language), Category.valueOf(form.getCategory()),
                channel, Intake.line(form.getSubject()), TicketStatus.NEW, now);
        ticket.addCustomerMessage(Intake.body(form.getMessage()), now);
        em.persist(ticket);
        em.flush();
        return new Submitted(ticket.getReference().value(), accessKey, language);
    }

    public CustomerView forCustomer(String accessKey) {
        return CustomerView.of(byAccessKey(accessKey));
    }

    public CustomerView customerReply(String accessKey, String body, Locale locale, String client) {
        rateLimits.consume(limits.perClient(), client);
        var text = checkedBody(body, locale);
        var ticket = byAccessKey(accessKey);
        ticket.addCustomerMessage(text, clock.instant());
        em.flush();
        return CustomerView.of(ticket);
    }

    public TicketView forStaff(String reference, Viewer viewer) {
        return TicketView.of(visible(reference, viewer, false));
    }

    public QueuePage queue(QueueFilter filter, Viewer viewer, QueueOrder order, boolean ascending, int offset, int limit) {
        var query = new QueueQuery(em, filter, viewer.supervisor(), clock.instant());
        int from = Math.max(0, offset);
        int size = Math.max(1, Math.min(limit, 200));
        var count = query.count(COUNT_CAP);
        return new QueuePage(query.rows(order, ascending, from, size), count.value(), count.exact(), from, size);
    }

    public List<TicketSummary> queueRows(QueueFilter filter, Viewer viewer, QueueOrder order, boolean ascending, int offset, int limit) {
        return new QueueQuery(em, filter, viewer.supervisor(), clock.instant())
                .rows(order, ascending, Math.max(0, offset), Math.max(1, Math.min(limit, 200)));
    }

    public QueueQuery.Count queueCount(QueueFilter filter, Viewer viewer) {
        return new QueueQuery(em, filter, viewer.supervisor(), clock.instant()).count(COUNT_CAP);
    }

    /** A staff reply; {@code expectedVersion}, when given, refuses to answer a ticket that changed meanwhile. */
    public TicketView reply(String reference, Viewer viewer, String body, Optional<TicketStatus> newStatus,
                            Optional<Long> expectedVersion, Locale locale) {
        var text = checkedBody(body, locale);
        var ticket = visible(reference, viewer, true);
        expectVersion(ticket, expectedVersion);
        ticket.addStaffReply(staff.get(viewer.username()), text, newStatus.orElse(TicketStatus.PENDING_CUSTOMER), clock.instant());
        em.flush();
        return TicketView.of(ticket);
    }

    public TicketView changeStatus(String reference, Viewer viewer, TicketStatus status, Optional<Long> expectedVersion) {
        var ticket = visible(reference, viewer, true);
        expectVersion(ticket, expectedVersion);
        ticket.moveTo(status, clock.instant());
        em.flush();
        return TicketView.of(ticket);
    }

    /** Assigns to a staff member who works tickets, or to nobody when {@code assignee} is empty. */
    public TicketView assign(String reference, Viewer viewer, Optional<String> assignee, Optional<Long> expectedVersion) {
        var ticket = visible(reference, viewer, true);
        expectVersion(ticket, expectedVersion);
        var who = assignee.map(name -> staff.ticketWorkers().stream()
                .filter(s -> s.getUsername().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("assignee",
                        "No active agent or supervisor is called \"" + name + "\".")));
        if (ticket.isSecurity() && who.isPresent() && !who.get().has(Role.SUPERVISOR)) {
            throw new InvalidInputException("assignee", "Security tickets can only be assigned to supervisors.");
        }
        ticket.assignTo(who.orElse(null), clock.instant());
        em.flush();
        return TicketView.of(ticket);
    }

    private String checkedBody(String body, Locale locale) {
        var reply = new ReplyText(body);
        validation.check(reply, locale);
        return Intake.body(body);
    }

    private Ticket visible(String reference, Viewer viewer, boolean forUpdate) {
        var query = em.createNamedQuery(Ticket.BY_REFERENCE, Ticket.class);
        var parsed = Reference.parse(reference).orElseThrow(TicketNotFoundException::new);
        query.setParameter("reference", parsed);
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().filter(viewer::canSee).orElseThrow(TicketNotFoundException::new);
    }

    private Ticket byAccessKey(String accessKey) {
        if (!AccessKeys.wellFormed(accessKey)) {
            throw new TicketNotFoundException();
        }
        return em.createNamedQuery(Ticket.BY_ACCESS_KEY, Ticket.class)
                .setParameter("hash", AccessKeys.hash(accessKey))
                .getResultStream()
                .findFirst()
                .filter(t -> t.getStatus() != TicketStatus.PENDING_VERIFICATION)
                .orElseThrow(TicketNotFoundException::new);
    }

    private static void expectVersion(Ticket ticket, Optional<Long> expected) {
        if (expected.isPresent() && expected.get() != ticket.getVersion()) {
            throw new StaleTicketException();
        }
    }

    /** The result of a submission: the reference to quote and the key of the private link. */
    public record Submitted(String reference, String accessKey, Locale language) {
    }
}
