package io.guarddesk.notices.control;

import io.guarddesk.mail.entity.MailStatus;
import io.guarddesk.notices.entity.RecipientState;

import java.util.Map;

/**
 * How far a notice's sending is (R5.3), counted in recipients: {@code queued} are still to be
 * written to the outbox or waiting there for the relay; {@code failed} are those the guard
 * refused, the mail server gave up on, or who had asked for no more mail; {@code bounced} were
 * refused by the recipient's server for good.
 */
public record NoticeProgress(long total, long queued, long sent, long failed, long bounced) {

    public static NoticeProgress of(long total, Map<RecipientState, Long> recipients, Map<MailStatus, Long> mails) {
        long waiting = recipients.getOrDefault(RecipientState.WAITING, 0L);
        long refused = recipients.getOrDefault(RecipientState.REFUSED, 0L);
        return new NoticeProgress(total,
                waiting + mails.getOrDefault(MailStatus.PENDING, 0L),
                mails.getOrDefault(MailStatus.DELIVERED, 0L),
                refused + mails.getOrDefault(MailStatus.FAILED, 0L) + mails.getOrDefault(MailStatus.SUPPRESSED, 0L),
                mails.getOrDefault(MailStatus.BOUNCED, 0L));
    }

    /** Whole per cent of recipients whose message has an outcome, for the progress bar. */
    public int percentDone() {
        return total == 0 ? 100 : (int) ((total - queued) * 100 / total);
    }

    public boolean done() {
        return queued == 0;
    }
}
