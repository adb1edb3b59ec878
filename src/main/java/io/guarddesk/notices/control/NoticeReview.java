package io.guarddesk.notices.control;

import io.guarddesk.mail.boundary.Outbox;
import io.guarddesk.notices.entity.RecipientData;

import java.util.List;

/**
 * What an approver sees before approving (R5.2): the notice with its recipient count and send
 * time, a sample of its recipients, and the message as it will be rendered for a sample recipient
 * in each language, with the guard's verdict on it. {@code hash} is what an approval of this view
 * is bound to.
 */
public record NoticeReview(NoticeView notice, List<RecipientData> sample, List<Outbox.Preview> messages, String hash) {
}
