package io.guarddesk.tickets.boundary;

import io.guarddesk.disclosure.control.RefusalView;
import io.guarddesk.tickets.control.TicketView;

/** A reply either went out, or the guard held it and nothing was sent (R2.5). */
public sealed interface ReplyOutcome {

    record Sent(TicketView ticket) implements ReplyOutcome {
    }

    record Held(RefusalView refusal) implements ReplyOutcome {
    }
}
