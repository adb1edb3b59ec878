package io.guarddesk.tickets.boundary.web;

import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.web.Faces;
import io.guarddesk.staff.boundary.StaffDirectory;
import io.guarddesk.staff.entity.StaffUser;
import io.guarddesk.tickets.boundary.CannedReplies;
import io.guarddesk.tickets.boundary.Replies;
import io.guarddesk.tickets.boundary.ReplyOutcome;
import io.guarddesk.tickets.boundary.TicketNotFoundException;
import io.guarddesk.tickets.boundary.Tickets;
import io.guarddesk.tickets.boundary.Viewers;
import io.guarddesk.tickets.control.TicketView;
import io.guarddesk.tickets.entity.CannedReply;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The ticket page of the agent workspace. Every change passes the version the agent saw, so an
 * agent never answers or moves a ticket that a colleague changed meanwhile without seeing it.
 */
@Named
@ViewScoped
public class AgentTicketBean implements Serializable {

    @Inject
    Tickets tickets;

    @Inject
    CannedReplies canned;

    @Inject
    Replies replies;

    @Inject
    Viewers viewers;

    @Inject
    StaffDirectory staff;

    private String reference;
    private TicketView ticket;
    private String reply;
    private TicketStatus replyStatus = TicketStatus.PENDING_CUSTOMER;
    private TicketStatus moveTo;
    private String assignTo;
    private Long cannedId;
    private boolean handedOver;

    public void load() {
        try {
            show(tickets.forStaff(reference, viewers.current()));
            replyStatus = getReplyStatuses().stream().findFirst().orElse(null);
        } catch (TicketNotFoundException e) {
            ticket = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** A held reply sends nothing and keeps the draft in the editor, with what the guard found (R2.5). */
    public String send() {
        try {
            var outcome = replies.reply(reference, viewers.current(), reply, Optional.ofNullable(replyStatus),
                    Optional.of(ticket.version()), FacesContext.getCurrentInstance().getViewRoot().getLocale());
            if (outcome instanceof ReplyOutcome.Held held) {
                RefusalTexts.show(held.refusal());
                // the refusal routed the ticket to the security team (R3.1): an agent keeps the
                // draft on screen but can no longer open the ticket
                handedOver = !viewers.current().supervisor();
                if (handedOver) {
                    Faces.info("security.handedOver");
                }
                return null;
            }
        } catch (DeskException e) {
            Faces.show(e, "ticket", Map.of("body", "reply"));
            return null;
        }
        return done("agent.sent");
    }

    /** Appends text to the draft, e.g. an account placeholder (R2.1). */
    void appendToDraft(String text) {
        reply = reply == null || reply.isBlank() ? text : reply + text;
    }

    public String take() {
        return change(() -> tickets.assign(reference, viewers.current(), Optional.of(viewers.current().username()),
                Optional.of(ticket.version())), "agent.taken");
    }

    public String assign() {
        var who = "-".equals(assignTo) ? Optional.<String>empty() : Optional.ofNullable(assignTo);
        return change(() -> tickets.assign(reference, viewers.current(), who, Optional.of(ticket.version())), "agent.assigned");
    }

    public String changeStatus() {
        if (moveTo == null) {
            return null;
        }
        return change(() -> tickets.changeStatus(reference, viewers.current(), moveTo, Optional.of(ticket.version())),
                "agent.statusChanged");
    }

    /** Fills the chosen canned reply for this ticket into the editor (the agent still reviews and sends). */
    public void insertCanned() {
        if (cannedId == null) {
            return;
        }
        canned.render(cannedId, ticket, staff.get(viewers.current().username()).getDisplayName())
                .ifPresent(text -> reply = reply == null || reply.isBlank() ? text : reply + "\n\n" + text);
    }

    private String change(Supplier<TicketView> action, String doneKey) {
        try {
            action.get();
            return done(doneKey);
        } catch (DeskException e) {
            Faces.show(e, "ticket", Map.of("body", "reply", "assignee", "assign-to"));
            return null;
        }
    }

    String done(String doneKey) {
        Faces.info(doneKey);
        Faces.keepMessagesOverRedirect();
        return "/agent/ticket?faces-redirect=true&ref=" + reference;
    }

    private void show(TicketView view) {
        ticket = view;
        assignTo = view.assignee() == null ? "-" : view.assignee();
        moveTo = view.nextStatuses().stream().findFirst().orElse(null);
    }

    /** Where a reply may take the ticket: waiting for the customer first, where that is allowed. */
    public List<TicketStatus> getReplyStatuses() {
        if (ticket == null || ticket.status() == TicketStatus.CLOSED || ticket.status() == TicketStatus.PENDING_VERIFICATION) {
            return List.of();
        }
        var statuses = new ArrayList<TicketStatus>();
        if (ticket.status() != TicketStatus.NEW) {
            statuses.add(ticket.status());
        }
        ticket.nextStatuses().stream().filter(s -> !statuses.contains(s)).forEach(statuses::add);
        statuses.sort(Comparator.comparing(s -> s == TicketStatus.PENDING_CUSTOMER ? 0 : 1));
        return statuses;
    }

    public List<StaffUser> getWorkers() {
        return staff.ticketWorkers();
    }

    public List<CannedReply> getCannedReplies() {
        return canned.all();
    }

    /** True after this agent's reply was held and the ticket went to the security team. */
    public boolean isHandedOver() {
        return handedOver;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public TicketView getTicket() {
        return ticket;
    }

    public long getVersion() {
        return ticket == null ? 0 : ticket.version();
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public TicketStatus getReplyStatus() {
        return replyStatus;
    }

    public void setReplyStatus(TicketStatus replyStatus) {
        this.replyStatus = replyStatus;
    }

    public TicketStatus getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(TicketStatus moveTo) {
        this.moveTo = moveTo;
    }

    public String getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(String assignTo) {
        this.assignTo = assignTo;
    }

    public Long getCannedId() {
        return cannedId;
    }

    public void setCannedId(Long cannedId) {
        this.cannedId = cannedId;
    }
}
