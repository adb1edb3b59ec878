package io.guarddesk.notices.boundary;

import io.guarddesk.accounts.boundary.Directory;
import io.guarddesk.accounts.control.CsvText;
import io.guarddesk.accounts.entity.AccountData;
import io.guarddesk.incidents.boundary.Incidents;
import io.guarddesk.mail.boundary.Outbox;
import io.guarddesk.mail.entity.MailStatus;
import io.guarddesk.notices.control.NoticeChecks;
import io.guarddesk.notices.control.NoticeProgress;
import io.guarddesk.notices.control.NoticeView;
import io.guarddesk.notices.control.RecipientCsv;
import io.guarddesk.notices.control.RecipientList;
import io.guarddesk.notices.entity.DirectoryQuery;
import io.guarddesk.notices.entity.Notice;
import io.guarddesk.notices.entity.NoticeRecipient;
import io.guarddesk.notices.entity.NoticeText;
import io.guarddesk.notices.entity.RecipientData;
import io.guarddesk.notices.entity.RecipientSource;
import io.guarddesk.notices.entity.RecipientState;
import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.DeskException.FieldError;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.Texts;
import io.guarddesk.tickets.control.Viewer;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drafting notices and reading them (R5). A supervisor drafts; only the author changes the text,
 * the send time or the recipients, and every change brings the notice back to a draft, which
 * voids any approval (R5.2). The two-person check is {@link NoticeApprovals}; sending is
 * {@link NoticeSending}.
 */
@Boundary
public class Notices {

    private static final int FLUSH_EVERY = 1000;
    private static final int MAX_REJECTIONS_SHOWN = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Incidents incidents;

    @Inject
    Directory directory;

    @Inject
    Outbox outbox;

    @Inject
    NoticeSettings settings;

    /** A new draft; with {@code incidentReference}, to the owners of that incident's affected accounts. */
    public NoticeView draft(NoticeText text, Instant sendAt, String incidentReference, Viewer viewer, Locale locale) {
        if (!viewer.supervisor()) {
            throw NoticeRefusal.notFound(locale);
        }
        var now = clock.instant();
        NoticeChecks.check(text, sendAt, now, locale);
        var notice = new Notice(viewer.username(), text, sendAt, now);
        em.persist(notice);
        em.flush();
        if (incidentReference != null && !incidentReference.isBlank()) {
            return recipientsOfIncident(notice.getId(), incidentReference, viewer, locale);
        }
        return view(notice);
    }

    public NoticeView change(long id, NoticeText text, Instant sendAt, Viewer viewer, Locale locale) {
        var notice = NoticeAccess.forAuthor(em, id, viewer, locale);
        var now = clock.instant();
        NoticeChecks.check(text, sendAt, now, locale);
        notice.change(text, sendAt, now);
        em.flush();
        return view(notice);
    }

    /** The owners of the accounts the incident lists as affected. */
    public NoticeView recipientsOfIncident(long id, String incidentReference, Viewer viewer, Locale locale) {
        var notice = NoticeAccess.forAuthor(em, id, viewer, locale);
        var incident = incidents.get(incidentReference == null ? "" : incidentReference.strip(), viewer, locale);
        var accounts = directory.byNumbers(incident.affectedAccounts()).stream().map(a -> account(a, null)).toList();
        return replaceRecipients(notice, new Target(RecipientSource.INCIDENT, incident.reference(), null), accounts, locale);
    }

    /** The owners of the accounts that match {@code query} now; the query is kept with the notice. */
    public NoticeView recipientsOfQuery(long id, DirectoryQuery query, Viewer viewer, Locale locale) {
        var notice = NoticeAccess.forAuthor(em, id, viewer, locale);
        if (query.getDomain() != null && (query.getDomain().contains("@") || query.getDomain().length() > 200)) {
            throw new InvalidInputException("domain", Texts.of(locale, "notices.invalid.domain"));
        }
        if (query.getNumberPrefix() != null && query.getNumberPrefix().length() > 64) {
            throw new InvalidInputException("prefix", Texts.of(locale, "notices.invalid.prefix"));
        }
        int max = settings.maxRecipients();
        var found = directory.matching(query.getStatus(), query.getNumberPrefix(), query.getDomain(), max + 1);
        if (found.size() > max) {
            throw NoticeRefusal.tooMany(locale, max);
        }
        var accounts = found.stream().map(a -> account(a, null)).toList();
        return replaceRecipients(notice, new Target(RecipientSource.QUERY, null, query), accounts, locale);
    }

    /** The owners of the accounts an uploaded file lists (UTF-8 or Shift_JIS); a file with any bad row is not used. */
    public NoticeView recipientsOfCsv(long id, byte[] file, Viewer viewer, Locale locale) {
        var notice = NoticeAccess.forAuthor(em, id, viewer, locale);
        var text = CsvText.decode(file, CsvText.Encoding.AUTO)
                .orElseThrow(() -> new InvalidInputException("file", Texts.of(locale, "notices.csv.encoding")));
        var parsed = RecipientCsv.read(text, locale);
        var rejections = new java.util.ArrayList<>(parsed.rejections());
        var known = directory.byNumbers(parsed.accounts().keySet());
        if (known.size() < parsed.accounts().size()) {
            var found = known.stream().map(AccountData::accountNumber).collect(java.util.stream.Collectors.toSet());
            parsed.accounts().keySet().stream().filter(n -> !found.contains(n)).limit(MAX_REJECTIONS_SHOWN)
                    .forEach(n -> rejections.add(new RecipientCsv.Rejection(0, Texts.format(locale, "notices.csv.unknown", n))));
        }
        if (!rejections.isEmpty()) {
            throw new InvalidInputException(rejections.stream().limit(MAX_REJECTIONS_SHOWN).map(r -> new FieldError("file",
                    r.line() > 0 ? Texts.format(locale, "notices.csv.line", r.line(), r.reason()) : r.reason())).toList());
        }
        if (known.size() > settings.maxRecipients()) {
            throw NoticeRefusal.tooMany(locale, settings.maxRecipients());
        }
        var accounts = known.stream().map(a -> account(a, parsed.accounts().get(a.accountNumber()))).toList();
        return replaceRecipients(notice, new Target(RecipientSource.CSV, null, null), accounts, locale);
    }

    public NoticeView get(long id, Viewer viewer, Locale locale) {
        return view(NoticeAccess.find(em, id, viewer, LockModeType.NONE, locale));
    }

    /** Every notice, newest first; none for anyone but a supervisor. */
    public List<NoticeView> all(Viewer viewer) {
        if (!viewer.supervisor()) {
            return List.of();
        }
        return em.createNamedQuery(Notice.ALL, Notice.class).setMaxResults(500).getResultStream().map(this::view).toList();
    }

    /** The notices about an incident, oldest first, with how far each has gone (R5: "an incident shows its notices"). */
    public List<NoticeView> ofIncident(String incidentReference, Viewer viewer) {
        if (!viewer.supervisor() || incidentReference == null) {
            return List.of();
        }
        return em.createNamedQuery(Notice.OF_INCIDENT, Notice.class).setParameter("incident", incidentReference)
                .getResultStream().map(this::view).toList();
    }

    /** A sample of the recipients for the draft page and the approver: at most {@code size}, spread over the list. */
    public List<RecipientData> sample(long id, int size, Viewer viewer, Locale locale) {
        var notice = NoticeAccess.find(em, id, viewer, LockModeType.NONE, locale);
        return NoticeSamples.of(em, notice, size);
    }

    NoticeView view(Notice notice) {
        long handled = (long) notice.getQueuedCount() + notice.getRefusedCount();
        var recipients = Map.of(RecipientState.WAITING, notice.getRecipientCount() - handled,
                RecipientState.QUEUED, (long) notice.getQueuedCount(), RecipientState.REFUSED, (long) notice.getRefusedCount());
        var mails = notice.getStatus().started() ? outbox.countByStatus(notice.batch()) : Map.<MailStatus, Long>of();
        return NoticeView.of(notice, NoticeProgress.of(notice.getRecipientCount(), recipients, mails));
    }

    private record Target(RecipientSource source, String incident, DirectoryQuery query) {
    }

    private NoticeView replaceRecipients(Notice notice, Target target, List<RecipientList.Account> accounts, Locale locale) {
        if (accounts.isEmpty()) {
            throw NoticeRefusal.noRecipients(locale);
        }
        var list = RecipientList.of(accounts);
        var now = clock.instant();
        long id = notice.getId();
        notice.recipients(new Notice.Recipients(target.source(), target.incident(), target.query(), list.recipients().size(),
                list.hash()), now);
        em.createNamedQuery(NoticeRecipient.DELETE_ALL).setParameter("notice", id).executeUpdate();
        em.flush();
        int position = 0;
        for (var recipient : list.recipients()) {
            em.persist(new NoticeRecipient(id, position++, recipient));
            if (position % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
        return view(em.find(Notice.class, id));
    }

    private static RecipientList.Account account(AccountData data, String language) {
        return new RecipientList.Account(data.accountNumber(), data.ownerEmail(), data.holderName(), language);
    }
}
