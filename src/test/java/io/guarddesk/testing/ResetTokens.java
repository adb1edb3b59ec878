package io.guarddesk.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/** Password-reset links (R2.2) as a requester receives them: inserted by staff, mailed with the reply. */
public final class ResetTokens {

    private static final Pattern TOKEN = Pattern.compile("token=(gdr1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

    private ResetTokens() {
    }

    /** Sends the requester of {@code ticket} a reset link for their {@code account}; answers the token from the mail. */
    public static String mail(Api staff, Customers.Submitted ticket, Directory.Account account) {
        var before = Mailbox.to(ticket.email()).size();
        var inserted = staff.post("api/tickets/" + ticket.reference() + "/account-inserts",
                "{\"accountNumber\":" + Api.quote(account.number()) + ",\"field\":\"RESET_LINK\"}");
        if (inserted.status() != 200) {
            throw new IllegalStateException("could not insert a reset link: " + inserted);
        }
        var sent = staff.post("api/tickets/" + ticket.reference() + "/replies",
                "{\"body\":" + Api.quote("Please use this link: " + inserted.text("placeholder")) + "}");
        if (sent.status() != 200) {
            throw new IllegalStateException("the reply with the reset link was not sent: " + sent);
        }
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var found = Mailbox.to(ticket.email()).stream().skip(before).map(Mailbox::decoded).map(TOKEN::matcher)
                    .filter(java.util.regex.Matcher::find).map(m -> m.group(1)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no reset link reached " + ticket.email());
    }
}
