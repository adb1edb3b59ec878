package io.guarddesk.tickets.boundary.api;

import io.guarddesk.accounts.entity.CustomerAccount;
import io.guarddesk.disclosure.control.RefusalView;

/** The JSON bodies of the tickets API. */
final class TicketRequests {

    private TicketRequests() {
    }

    public record SubmittedTicket(String reference, String status, String next) {
    }

    public record ReplyRequest(String body, String status, Long expectedVersion) {
    }

    public record StatusRequest(String status, Long expectedVersion) {
    }

    public record AssignRequest(String assignee, Long expectedVersion) {
    }

    public record ReleaseRequest(String justification) {
    }

    public record EscalationRequest(String note) {
    }

    public record ClearanceRequest(String reason) {
    }

    public record InsertRequest(String accountNumber, String field) {
    }

    public record InsertedPlaceholder(String placeholder) {
    }

    /** A held reply: an error body like every other (status, error, message) with the refusal. */
    public record HeldReply(int status, String error, String message, RefusalView refusal) {
    }

    /** What an agent sees of a verified requester's account; no e-mail or phone, which the agent has no need for. */
    public record AccountSummary(String accountNumber, String loginId, String holderName, String status) {
        static AccountSummary of(CustomerAccount account) {
            return new AccountSummary(account.getAccountNumber(), account.getLoginId(), account.getHolderName(), account.getStatus().name());
        }
    }
}
