package io.guarddesk.accounts.boundary;

import io.guarddesk.mail.boundary.Letter;
import io.guarddesk.mail.boundary.Outbox;
import io.guarddesk.staff.entity.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Mails a verified requester a reset link for their own account (R2.2), in the transaction of the
 * reply that asked for it: the link lives in the mail only, never in the ticket's thread.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ResetMail {

    @Inject
    Directory directory;

    @Inject
    ResetLinks links;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** {@code accountNumber} must be one the caller checked {@code requester} owns. */
    public void send(String accountNumber, String requester, Locale language, Long ticketId, StaffUser issuer) {
        var account = directory.ownedBy(requester, accountNumber)
                .orElseThrow(() -> new IllegalStateException("reset link for an account the requester does not own"));
        var issued = links.issue(account, requester, ticketId, issuer);
        outbox.enqueue(new Letter(requester, "", language, "reset-link", Map.of(
                "account", account.getAccountNumber(),
                "link", issued.link(),
                "minutes", Long.toString(Duration.between(clock.instant(), issued.expiresAt()).toMinutes())),
                ticketId, "RESET_LINK"));
    }
}
