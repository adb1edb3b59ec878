package io.guarddesk.notices.control;

import io.guarddesk.notices.entity.DirectoryQuery;
import io.guarddesk.notices.entity.Notice;
import io.guarddesk.notices.entity.NoticeStatus;
import io.guarddesk.notices.entity.NoticeText;
import io.guarddesk.notices.entity.RecipientSource;

import java.time.Instant;

/** A notice as staff read it, with its progress once sending has begun. */
public record NoticeView(long id, String author, NoticeStatus status, NoticeText text, Instant sendAt,
                         RecipientSource source, String incident, DirectoryQuery query, int recipientCount,
                         String contentHash, String approvedBy, Instant approvedAt, String rejectedBy,
                         String rejectionReason, Instant startedAt, Instant finishedAt, Instant createdAt, long version,
                         NoticeProgress progress) {

    public static NoticeView of(Notice notice, NoticeProgress progress) {
        return new NoticeView(notice.getId(), notice.getAuthor(), notice.getStatus(), notice.text(), notice.getSendAt(),
                notice.getSource(), notice.getIncident(), notice.getQuery(), notice.getRecipientCount(), notice.getContentHash(),
                notice.getApprovedBy(), notice.getApprovedAt(), notice.getRejectedBy(), notice.getRejectionReason(),
                notice.getStartedAt(), notice.getFinishedAt(), notice.getCreatedAt(), notice.getVersion(), progress);
    }

    /** Whether {@code username} wrote it (user names compare without case, as at sign-in). */
    public boolean isAuthor(String username) {
        return author.equalsIgnoreCase(username);
    }

    /** The subject in English, as lists show a notice. */
    public String title() {
        return text.subjectEn();
    }
}
