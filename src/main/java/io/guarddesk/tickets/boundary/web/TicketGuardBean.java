package io.guarddesk.tickets.boundary.web;

import io.guarddesk.accounts.entity.CustomerAccount;
import io.guarddesk.disclosure.control.AccountPlaceholders;
import io.guarddesk.disclosure.control.RefusalView;
import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.web.Faces;
import io.guarddesk.tickets.boundary.Replies;
import io.guarddesk.tickets.boundary.Viewers;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The guard's part of the agent's ticket page: the verified requester's own accounts with the
 * "insert account information" action (R2.1, nothing for an unverified requester, R1.3), and the
 * replies the guard held, which a supervisor may release with a justification (R2.7).
 */
@Named
@ViewScoped
public class TicketGuardBean implements Serializable {

    @Inject
    Replies replies;

    @Inject
    Viewers viewers;

    @Inject
    AgentTicketBean page;

    private List<CustomerAccount> accounts;
    private List<RefusalView> refusals;
    private String justification;

    public List<CustomerAccount> getAccounts() {
        if (accounts == null) {
            accounts = page.getTicket() == null || page.isHandedOver() ? List.of() : replies.requesterAccounts(page.getReference(), viewers.current());
        }
        return accounts;
    }

    public List<RefusalView> getRefusals() {
        if (refusals == null) {
            refusals = page.getTicket() == null || page.isHandedOver() ? List.of() : replies.refusals(page.getReference(), viewers.current());
        }
        return refusals;
    }

    /** The newest held reply a supervisor may release: one release form on the page keeps the justification unambiguous. */
    public RefusalView getReleasable() {
        return getRefusals().stream().filter(r -> r.held() && r.releasable()).findFirst().orElse(null);
    }

    public void insert(String accountNumber, String field) {
        try {
            page.appendToDraft(replies.insertAccountInformation(page.getReference(), viewers.current(), accountNumber,
                    AccountPlaceholders.Field.valueOf(field), locale()));
        } catch (DeskException e) {
            Faces.show(e, "ticket");
        }
    }

    public String release(long refusalId) {
        try {
            replies.release(page.getReference(), viewers.current(), refusalId, justification, locale());
            return page.done("guard.released");
        } catch (DeskException e) {
            Faces.show(e, "ticket", Map.of("justification", "justification"));
            return null;
        }
    }

    public String describe(RefusalView.Item item) {
        return RefusalTexts.describe(item);
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
