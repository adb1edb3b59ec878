package io.guarddesk.requesters.boundary;

import io.guarddesk.mail.boundary.Letter;
import io.guarddesk.mail.boundary.Outbox;
import io.guarddesk.platform.PublicUrls;
import io.guarddesk.tickets.control.AccessKeys;
import io.guarddesk.tickets.entity.StaffReplied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Map;

/**
 * Tells a requester that staff answered, in the replying transaction (R7.2). Only a verified
 * requester is mailed (R1.3), and the mail carries a link of its own to the thread, never the
 * thread itself: what was said stays behind the private link.
 */
@ApplicationScoped
public class RequesterMail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    PublicUrls urls;

    void onReply(@Observes StaffReplied replied) {
        var ticket = replied.ticket();
        if (!ticket.isRequesterVerified()) {
            return;
        }
        var key = AccessKeys.issue(em, ticket, clock.instant());
        outbox.enqueue(new Letter(ticket.getRequesterEmail(), ticket.getRequesterName(), ticket.getRequesterLanguage(),
                "reply-notice", Map.of(
                        "reference", ticket.getReference().value(),
                        "link", urls.ticketLink(key)),
                ticket.getId(), "REPLY"));
    }
}
