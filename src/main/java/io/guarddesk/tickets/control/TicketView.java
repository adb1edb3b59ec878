package io.guarddesk.tickets.control;

import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Message;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A ticket with its thread, as staff see it; detached from the persistence context. */
public record TicketView(String reference, String subject, TicketStatus status, Set<TicketStatus> nextStatuses,
                         Category category, Channel channel, boolean security, String requesterName,
                         String requesterEmail, String requesterLanguage, boolean requesterVerified, String relatedTicket,
                         String assignee, String assigneeName,
                         Instant createdAt, Instant updatedAt, long version, List<MessageView> messages) {

    public static TicketView of(Ticket ticket) {
        var assignee = ticket.assignee();
        return new TicketView(ticket.getReference().value(), ticket.getSubject(), ticket.getStatus(),
                ticket.getStatus().staffMayMoveTo(), ticket.getCategory(), ticket.getChannel(), ticket.isSecurity(),
                ticket.getRequesterName(), ticket.getRequesterEmail(), ticket.getRequesterLanguage().toLanguageTag(),
                ticket.isRequesterVerified(), ticket.relatedTicket().map(t -> t.getReference().value()).orElse(null),
                assignee.map(s -> s.getUsername()).orElse(null), assignee.map(s -> s.getDisplayName()).orElse(null),
                ticket.getCreatedAt(), ticket.getUpdatedAt(), ticket.getVersion(),
                ticket.getMessages().stream().map(MessageView::of).toList());
    }

    public record MessageView(String author, boolean fromCustomer, String body, Instant createdAt) {

        static MessageView of(Message message) {
            return new MessageView(message.getAuthorName(), message.isFromCustomer(), message.getBody(), message.getCreatedAt());
        }
    }
}
