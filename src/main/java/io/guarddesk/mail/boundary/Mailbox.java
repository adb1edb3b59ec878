package io.guarddesk.mail.boundary;

import io.guarddesk.mail.control.MailboxEntry;
import io.guarddesk.mail.control.MailboxMessage;
import io.guarddesk.mail.entity.OutboundMail;
import io.guarddesk.platform.Boundary;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The outbox as admins read it: the dev mailbox and the delivery state of every mail. */
@Boundary
public class Mailbox {

    public static final int MAX_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    public List<MailboxEntry> newest(int limit) {
        return em.createNamedQuery(OutboundMail.NEWEST, OutboundMail.class)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_LIMIT)))
                .getResultStream()
                .map(MailboxEntry::of)
                .toList();
    }

    public Optional<MailboxMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboundMail.class, id))
                .map(mail -> MailboxMessage.of(mail, settings.composer().publicBase()));
    }
}
