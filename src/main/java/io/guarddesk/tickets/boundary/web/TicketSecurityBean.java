package io.guarddesk.tickets.boundary.web;

import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.web.Faces;
import io.guarddesk.tickets.boundary.Escalations;
import io.guarddesk.tickets.boundary.Viewers;
import io.guarddesk.tickets.control.TicketView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The security side of the ticket page: an agent's one-click escalation (R3.1), and for
 * supervisors why the ticket is theirs, its acknowledgement clock (R3.3) and the way back to
 * the general queue.
 */
@Named
@ViewScoped
public class TicketSecurityBean implements Serializable {

    @Inject
    Escalations escalations;

    @Inject
    Viewers viewers;

    @Inject
    AgentTicketBean page;

    @Inject
    Clock clock;

    private String note;
    private String reason;

    /** Hands the ticket over; an agent returns to the queue, since the ticket is no longer theirs to open. */
    public String escalate() {
        try {
            escalations.escalate(page.getReference(), viewers.current(), Optional.ofNullable(note), locale());
        } catch (DeskException e) {
            Faces.show(e, "ticket", Map.of("note", "escalation-note"));
            return null;
        }
        if (viewers.current().supervisor()) {
            return page.done("security.escalated");
        }
        Faces.info("security.escalatedAway", page.getReference());
        Faces.keepMessagesOverRedirect();
        return "/agent/queue?faces-redirect=true";
    }

    public String acknowledge() {
        try {
            escalations.acknowledge(page.getReference(), viewers.current(), locale());
            return page.done("security.acknowledged");
        } catch (DeskException e) {
            Faces.show(e, "ticket");
            return null;
        }
    }

    public String clear() {
        try {
            escalations.clear(page.getReference(), viewers.current(), reason, locale());
            return page.done("security.cleared");
        } catch (DeskException e) {
            Faces.show(e, "ticket", Map.of("reason", "clear-reason"));
            return null;
        }
    }

    public boolean isOverdue() {
        var state = Optional.ofNullable(page.getTicket()).map(TicketView::securityState);
        return state.map(s -> s.overdueAt(clock.instant())).orElse(false);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
