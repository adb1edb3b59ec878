package io.guarddesk.notices.boundary.api;

import io.guarddesk.mail.boundary.Outbox;
import io.guarddesk.notices.control.NoticeProgress;
import io.guarddesk.notices.control.NoticeReview;
import io.guarddesk.notices.control.NoticeView;
import io.guarddesk.notices.entity.RecipientData;

import java.time.Instant;
import java.util.List;

/** A notice as the API answers it. */
public record NoticeJson(long id, String author, String status, String subjectEn, String bodyEn, String subjectJa, String bodyJa,
                         Instant sendAt, String source, String incident, QueryJson query, int recipients, String hash,
                         String approvedBy, Instant approvedAt, String rejectedBy, String rejectionReason, Instant startedAt,
                         Instant finishedAt, NoticeProgress progress) {

    public record QueryJson(String status, String prefix, String domain) {
    }

    static NoticeJson of(NoticeView view) {
        var query = view.query() == null ? null : new QueryJson(
                view.query().getStatus() == null ? null : view.query().getStatus().name(), view.query().getNumberPrefix(),
                view.query().getDomain());
        return new NoticeJson(view.id(), view.author(), view.status().name(), view.text().subjectEn(), view.text().bodyEn(),
                view.text().subjectJa(), view.text().bodyJa(), view.sendAt(), view.source().name(), view.incident(), query,
                view.recipientCount(), view.contentHash(), view.approvedBy(), view.approvedAt(), view.rejectedBy(),
                view.rejectionReason(), view.startedAt(), view.finishedAt(), view.progress());
    }

    /** What an approver reviews: approve it by sending back {@code hash}. */
    public record ReviewJson(NoticeJson notice, List<RecipientData> sample, List<MessageJson> messages, String hash) {

        static ReviewJson of(NoticeReview review) {
            return new ReviewJson(NoticeJson.of(review.notice()), review.sample(),
                    review.messages().stream().map(MessageJson::of).toList(), review.hash());
        }
    }

    /** A message rendered for a sample recipient; {@code refusal}: the finding kinds, when the guard would refuse it. */
    public record MessageJson(String to, String language, String subject, String text, String refusal) {

        static MessageJson of(Outbox.Preview preview) {
            return new MessageJson(preview.to(), preview.language().getLanguage(), preview.subject(), preview.text(),
                    preview.refused() ? String.join(", ", preview.refusedKinds()) : null);
        }
    }
}
