package io.guarddesk.tickets.control;

import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Message;
import io.guarddesk.tickets.entity.SecuritySource;
import io.guarddesk.tickets.entity.TagChange;
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
                         Instant createdAt, Instant updatedAt, long version, List<MessageView> messages,
                         SecurityState securityState) {

    public static TicketView of(Ticket ticket) {
        return of(ticket, List.of());
    }

    /** With why and since when it is a security ticket, its acknowledgement clock and the tag's history. */
    public static TicketView of(Ticket ticket, List<TagChange> history) {
        var assignee = ticket.assignee();
        return new TicketView(ticket.getReference().value(), ticket.getSubject(), ticket.getStatus(),
                ticket.getStatus().staffMayMoveTo(), ticket.getCategory(), ticket.getChannel(), ticket.isSecurity(),
                ticket.getRequesterName(), ticket.getRequesterEmail(), ticket.getRequesterLanguage().toLanguageTag(),
                ticket.isRequesterVerified(), ticket.relatedTicket().map(t -> t.getReference().value()).orElse(null),
                assignee.map(s -> s.getUsername()).orElse(null), assignee.map(s -> s.getDisplayName()).orElse(null),
                ticket.getCreatedAt(), ticket.getUpdatedAt(), ticket.getVersion(),
                ticket.getMessages().stream().map(MessageView::of).toList(),
                ticket.isSecurity() || !history.isEmpty() ? SecurityState.of(ticket, history) : null);
    }

    /**
     * The security side of a ticket (R3.1, R3.3): the source that tagged it, when its
     * acknowledgement is due, who acknowledged it, how far it escalated, and every tag change.
     */
    public record SecurityState(SecuritySource source, Instant since, Instant acknowledgeBy, Instant acknowledgedAt,
                                String acknowledgedBy, int escalationLevel, List<TagView> history) {

        static SecurityState of(Ticket ticket, List<TagChange> history) {
            return new SecurityState(ticket.securitySource().orElse(null), ticket.securitySince().orElse(null),
                    ticket.acknowledgeBy().orElse(null), ticket.acknowledgedAt().orElse(null),
                    ticket.acknowledgedBy().map(s -> s.getDisplayName()).orElse(null), ticket.getEscalationLevel(),
                    history.stream().map(TagView::of).toList());
        }

        public boolean overdueAt(Instant now) {
            return acknowledgedAt == null && acknowledgeBy != null && !now.isBefore(acknowledgeBy);
        }
    }

    public record TagView(boolean security, SecuritySource source, String by, String note, Instant at) {

        static TagView of(TagChange change) {
            return new TagView(change.isSecurity(), change.getSource(), change.staff().map(s -> s.getDisplayName()).orElse(null),
                    change.note().orElse(null), change.getCreatedAt());
        }
    }

    public record MessageView(String author, boolean fromCustomer, String body, Instant createdAt) {

        static MessageView of(Message message) {
            return new MessageView(message.getAuthorName(), message.isFromCustomer(), message.getBody(), message.getCreatedAt());
        }
    }
}
