package io.guarddesk.notices.boundary.web;

import io.guarddesk.accounts.entity.AccountStatus;
import io.guarddesk.incidents.boundary.Incidents;
import io.guarddesk.incidents.control.IncidentClocks;
import io.guarddesk.notices.boundary.NoticeApprovals;
import io.guarddesk.notices.boundary.NoticeSending;
import io.guarddesk.notices.boundary.Notices;
import io.guarddesk.notices.control.NoticeReview;
import io.guarddesk.notices.control.NoticeView;
import io.guarddesk.notices.entity.DirectoryQuery;
import io.guarddesk.notices.entity.NoticeStatus;
import io.guarddesk.notices.entity.NoticeText;
import io.guarddesk.notices.entity.RecipientData;
import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.web.Faces;
import io.guarddesk.platform.web.LocaleBean;
import io.guarddesk.tickets.boundary.Viewers;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The notice page, {@code ?id=N} (no id: a new draft). The author edits text, send time and
 * recipients and submits; another supervisor sees the review (count, sample, rendered messages,
 * send time) and approves or rejects; once sending has begun, the page shows its progress and
 * pauses or resumes it. The send time is entered in the desk's zone.
 */
@Named
@ViewScoped
public class NoticeBean implements Serializable {

    private static final ZoneId ZONE = ZoneId.of(LocaleBean.ZONE);
    private static final Map<String, String> COMPONENT_OF_FIELD = Map.of("subjectEn", "subject-en", "bodyEn", "body-en",
            "subjectJa", "subject-ja", "bodyJa", "body-ja", "sendAt", "send-at", "domain", "query-domain", "prefix", "query-prefix");
    static final int SAMPLE = 10;

    @Inject
    Notices notices;

    @Inject
    NoticeApprovals approvals;

    @Inject
    NoticeSending sending;

    @Inject
    Incidents incidents;

    @Inject
    Viewers viewers;

    @Inject
    Clock clock;

    private Long id;
    private String incidentParam;
    private boolean found = true;
    private NoticeView notice;
    private NoticeReview review;
    private List<RecipientData> sample = List.of();

    private String subjectEn;
    private String bodyEn;
    private String subjectJa;
    private String bodyJa;
    private LocalDateTime sendAt;

    private String source = "INCIDENT";
    private String incident;
    private String queryStatus;
    private String queryPrefix;
    private String queryDomain;
    private String reason;

    public void load() {
        if (id == null) {
            sendAt = LocalDateTime.ofInstant(clock.instant(), ZONE).plusHours(1).truncatedTo(ChronoUnit.HOURS);
            incident = incidentParam;
            return;
        }
        try {
            show(notices.get(id, viewers.current(), locale()));
        } catch (DeskException e) {
            found = false;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** The poll while sending: only the progress moves. */
    public void refresh() {
        if (notice != null) {
            try {
                notice = notices.get(notice.id(), viewers.current(), locale());
            } catch (DeskException e) {
                Faces.show(e, "notice");
            }
        }
    }

    public String save() {
        if (notice == null) {
            return act(() -> notices.draft(text(), sendInstant(), incident, viewers.current(), locale()), "notices.saved");
        }
        return act(() -> notices.change(notice.id(), text(), sendInstant(), viewers.current(), locale()), "notices.saved");
    }

    public String useIncident() {
        return act(() -> notices.recipientsOfIncident(notice.id(), incident, viewers.current(), locale()), "notices.recipients.set");
    }

    public String useQuery() {
        var status = queryStatus == null || queryStatus.isBlank() ? null : AccountStatus.valueOf(queryStatus);
        return act(() -> notices.recipientsOfQuery(notice.id(), new DirectoryQuery(status, queryPrefix, queryDomain),
                viewers.current(), locale()), "notices.recipients.set");
    }

    /** A file upload answers over Ajax: the page is reloaded by the client once it reports success. */
    public void upload(FileUploadEvent event) {
        try {
            show(notices.recipientsOfCsv(notice.id(), event.getFile().getContent(), viewers.current(), locale()));
            Faces.info("notices.recipients.set");
        } catch (DeskException e) {
            Faces.show(e, "notice", COMPONENT_OF_FIELD);
        }
    }

    public String submit() {
        return act(() -> approvals.submit(notice.id(), viewers.current(), locale()), "notices.submitted");
    }

    public String approve() {
        return act(() -> approvals.approve(notice.id(), review == null ? null : review.hash(), viewers.current(), locale()),
                "notices.approved");
    }

    public String reject() {
        return act(() -> approvals.reject(notice.id(), reason, viewers.current(), locale()), "notices.rejected");
    }

    public String pause() {
        return act(() -> sending.pause(notice.id(), viewers.current(), locale()), "notices.paused");
    }

    public String resume() {
        return act(() -> sending.resume(notice.id(), viewers.current(), locale()), "notices.resumed");
    }

    private String act(Supplier<NoticeView> action, String doneKey) {
        try {
            var view = action.get();
            Faces.info(doneKey);
            Faces.keepMessagesOverRedirect();
            return "/supervisor/notice?faces-redirect=true&id=" + view.id();
        } catch (DeskException e) {
            Faces.show(e, "notice", COMPONENT_OF_FIELD);
            return null;
        }
    }

    private void show(NoticeView view) {
        notice = view;
        found = true;
        subjectEn = view.text().subjectEn();
        bodyEn = view.text().bodyEn();
        subjectJa = view.text().subjectJa();
        bodyJa = view.text().bodyJa();
        sendAt = LocalDateTime.ofInstant(view.sendAt(), ZONE);
        if (view.incident() != null) {
            incident = view.incident();
        }
        if (view.query() != null) {
            queryStatus = view.query().getStatus() == null ? null : view.query().getStatus().name();
            queryPrefix = view.query().getNumberPrefix();
            queryDomain = view.query().getDomain();
        }
        source = view.recipientCount() == 0 ? source : view.source().name();
        sample = notices.sample(view.id(), SAMPLE, viewers.current(), locale());
        review = isReviewer() ? approvals.review(view.id(), viewers.current(), locale()) : null;
    }

    private NoticeText text() {
        return new NoticeText(subjectEn, bodyEn, subjectJa, bodyJa);
    }

    public Instant sendInstant() {
        return sendAt == null ? null : sendAt.atZone(ZONE).toInstant();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The signed-in supervisor wrote this notice and may still change it. */
    public boolean isEditable() {
        return notice == null || notice.status().editable() && isAuthor();
    }

    public boolean isAuthor() {
        return notice != null && notice.isAuthor(viewers.current().username());
    }

    /** Someone other than the author, looking at a notice that awaits approval. */
    public boolean isReviewer() {
        return notice != null && notice.status() == NoticeStatus.AWAITING_APPROVAL && !isAuthor();
    }

    /** Approved or under way: the page follows its progress (an approved notice starts by itself at its send time). */
    public boolean isTracking() {
        return notice != null && (notice.status() == NoticeStatus.APPROVED || notice.status().started());
    }

    public List<IncidentClocks> getOpenIncidents() {
        return incidents.openIncidents(viewers.current());
    }

    public AccountStatus[] getStatuses() {
        return AccountStatus.values();
    }

    public boolean isFound() {
        return found;
    }

    public NoticeView getNotice() {
        return notice;
    }

    public NoticeReview getReview() {
        return review;
    }

    public List<RecipientData> getSample() {
        return sample;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getIncidentParam() {
        return incidentParam;
    }

    public void setIncidentParam(String incidentParam) {
        this.incidentParam = incidentParam;
    }

    public String getSubjectEn() {
        return subjectEn;
    }

    public void setSubjectEn(String subjectEn) {
        this.subjectEn = subjectEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getSubjectJa() {
        return subjectJa;
    }

    public void setSubjectJa(String subjectJa) {
        this.subjectJa = subjectJa;
    }

    public String getBodyJa() {
        return bodyJa;
    }

    public void setBodyJa(String bodyJa) {
        this.bodyJa = bodyJa;
    }

    public LocalDateTime getSendAt() {
        return sendAt;
    }

    public void setSendAt(LocalDateTime sendAt) {
        this.sendAt = sendAt;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getIncident() {
        return incident;
    }

    public void setIncident(String incident) {
        this.incident = incident;
    }

    public String getQueryStatus() {
        return queryStatus;
    }

    public void setQueryStatus(String queryStatus) {
        this.queryStatus = queryStatus;
    }

    public String getQueryPrefix() {
        return queryPrefix;
    }

    public void setQueryPrefix(String queryPrefix) {
        this.queryPrefix = queryPrefix;
    }

    public String getQueryDomain() {
        return queryDomain;
    }

    public void setQueryDomain(String queryDomain) {
        this.queryDomain = queryDomain;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
