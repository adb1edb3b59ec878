package io.guarddesk.notices.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeTest {

    private static final Instant T0 = Instant.parse("2026-05-11T01:00:00Z");
    private static final Instant SEND_AT = T0.plus(Duration.ofHours(2));
    private static final NoticeText TEXT = new NoticeText("Your account {{accounts}}", "Dear {{name}}, …",
            "アカウント {{accounts}} について", "{{name}} 様 …");
    private static final String ROWS = "a".repeat(64);
    private static final Notice.Recipients RECIPIENTS = new Notice.Recipients(RecipientSource.CSV, null, null, 3, ROWS);

    @Test
    @DisplayName("R5.2 the author never approves their own notice, whatever the case of their name")
    void authorNeverApproves() {
        var notice = submitted();

        assertThatThrownBy(() -> notice.approve("sora", notice.getContentHash(), T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> notice.approve("SORA", notice.getContentHash(), T0)).isInstanceOf(IllegalStateException.class);
        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.AWAITING_APPROVAL);
        assertThat(notice.getApprovedBy()).isNull();
    }

    @Test
    @DisplayName("R5.2 a second supervisor approves a notice awaiting approval, as it is now")
    void secondSupervisorApproves() {
        var notice = submitted();

        notice.approve("hina", notice.getContentHash(), T0.plusSeconds(5));

        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.APPROVED);
        assertThat(notice.getApprovedBy()).isEqualTo("hina");
        assertThat(notice.getApprovedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    @DisplayName("R5.2 an approval of another version of the notice than the current one is refused")
    void approvalOfStaleHashRefused() {
        var notice = submitted();
        var other = new Notice("sora", new NoticeText("Other", "Other", "別", "別"), SEND_AT, T0).getContentHash();

        assertThatThrownBy(() -> notice.approve("hina", other, T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> notice.approve("hina", null, T0)).isInstanceOf(IllegalStateException.class);
        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.AWAITING_APPROVAL);
    }

    @Test
    @DisplayName("R5.2 only a notice awaiting approval is approved: not a draft, not one approved already")
    void approveOnlyAwaiting() {
        var draft = draftWithRecipients();
        assertThatThrownBy(() -> draft.approve("hina", draft.getContentHash(), T0)).isInstanceOf(IllegalStateException.class);
        assertThat(draft.getStatus()).isEqualTo(NoticeStatus.DRAFT);

        var approved = approved();
        assertThatThrownBy(() -> approved.approve("kenta", approved.getContentHash(), T0)).isInstanceOf(IllegalStateException.class);
        assertThat(approved.getApprovedBy()).isEqualTo("hina");
    }

    @Test
    @DisplayName("R5.2 only a draft with recipients is submitted")
    void submitNeedsRecipients() {
        var empty = new Notice("sora", TEXT, SEND_AT, T0);

        assertThatThrownBy(() -> empty.submit(T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> submitted().submit(T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("R5.2 a change of text after approval voids it: back to draft, no approver, the approved hash is stale")
    void textChangeVoidsApproval() {
        assertVoids(n -> n.change(new NoticeText(TEXT.subjectEn(), TEXT.bodyEn() + " ", TEXT.subjectJa(), TEXT.bodyJa()),
                SEND_AT, T0.plusSeconds(60)));
    }

    @Test
    @DisplayName("R5.2 a change of send time after approval voids it")
    void sendTimeChangeVoidsApproval() {
        assertVoids(n -> n.change(TEXT, SEND_AT.plusSeconds(1), T0.plusSeconds(60)));
    }

    @Test
    @DisplayName("R5.2 new recipients after approval void it")
    void recipientsChangeVoidsApproval() {
        assertVoids(n -> n.recipients(new Notice.Recipients(RecipientSource.CSV, null, null, 3, "b".repeat(64)), T0.plusSeconds(60)));
    }

    @Test
    @DisplayName("R5.2 even saving the same content again after approval voids it: the approver must look again")
    void anySaveVoidsApproval() {
        var notice = approved();

        notice.change(TEXT, SEND_AT, T0.plusSeconds(60));

        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(notice.getApprovedBy()).isNull();
        assertThat(notice.start(ROWS, SEND_AT)).isFalse();
    }

    @Test
    @DisplayName("R5.2 a change while awaiting approval takes the notice back to draft, so the pending review is void too")
    void changeWhileAwaiting() {
        var notice = submitted();
        var seen = notice.getContentHash();

        notice.change(TEXT, SEND_AT.plusSeconds(1), T0.plusSeconds(1));

        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.DRAFT);
        notice.submit(T0.plusSeconds(2));
        assertThatThrownBy(() -> notice.approve("hina", seen, T0.plusSeconds(3))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("R5.2 R5.3 sending does not start when the recipient rows differ from the approved ones; the approval is void")
    void startRefusesChangedRows() {
        var notice = approved();

        assertThat(notice.start("c".repeat(64), SEND_AT)).isFalse();

        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(notice.getApprovedBy()).isNull();
        assertThat(notice.getStartedAt()).isNull();
    }

    @Test
    @DisplayName("R5.3 sending does not start before the send time, and the approval stands meanwhile")
    void startWaitsForSendTime() {
        var notice = approved();

        assertThat(notice.start(ROWS, SEND_AT.minusMillis(1))).isFalse();

        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.APPROVED);
        assertThat(notice.getApprovedBy()).isEqualTo("hina");
    }

    @Test
    @DisplayName("R5.3 sending starts at the send time when the notice is exactly what was approved")
    void startWhenDueAndUnchanged() {
        var notice = approved();

        assertThat(notice.start(ROWS, SEND_AT)).isTrue();

        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.SENDING);
        assertThat(notice.getStartedAt()).isEqualTo(SEND_AT);
        assertThat(notice.start(ROWS, SEND_AT)).as("started once").isFalse();
    }

    @Test
    @DisplayName("R5.2 sending never starts without an approval")
    void noStartWithoutApproval() {
        var notice = submitted();

        assertThat(notice.start(ROWS, SEND_AT.plusSeconds(1))).isFalse();
        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.AWAITING_APPROVAL);
    }

    @Test
    @DisplayName("R5.3 once sending has begun, neither text nor recipients change")
    void noChangeOnceStarted() {
        var notice = sending();

        assertThatThrownBy(() -> notice.change(TEXT, SEND_AT, SEND_AT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> notice.recipients(RECIPIENTS, SEND_AT)).isInstanceOf(IllegalStateException.class);
        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.SENDING);
    }

    @Test
    @DisplayName("R5.2 a second supervisor sends a notice back to draft with a reason")
    void reject() {
        var notice = submitted();

        notice.reject("hina", "wrong date", T0.plusSeconds(9));

        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(notice.getRejectedBy()).isEqualTo("hina");
        assertThat(notice.getRejectionReason()).isEqualTo("wrong date");
    }

    @Test
    @DisplayName("R5.2 only a notice awaiting approval is sent back, and never by its author")
    void rejectRules() {
        var notice = submitted();
        assertThatThrownBy(() -> notice.reject("Sora", "no", T0)).isInstanceOf(IllegalStateException.class);
        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.AWAITING_APPROVAL);

        var draft = draftWithRecipients();
        assertThatThrownBy(() -> draft.reject("hina", "no", T0)).isInstanceOf(IllegalStateException.class);
        var approved = approved();
        assertThatThrownBy(() -> approved.reject("kenta", "no", T0)).isInstanceOf(IllegalStateException.class);
        assertThat(approved.getStatus()).isEqualTo(NoticeStatus.APPROVED);
    }

    @Test
    @DisplayName("R5.3 a notice being sent is paused and resumed; nothing else is")
    void pauseResume() {
        var approved = approved();
        assertThatThrownBy(() -> approved.pause("hina", T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> approved.resume(T0)).isInstanceOf(IllegalStateException.class);

        var notice = sending();
        assertThatThrownBy(() -> notice.resume(SEND_AT)).as("not paused").isInstanceOf(IllegalStateException.class);
        notice.pause("hina", SEND_AT);
        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.PAUSED);
        assertThat(notice.getPausedBy()).isEqualTo("hina");
        assertThatThrownBy(() -> notice.pause("hina", SEND_AT)).as("paused already").isInstanceOf(IllegalStateException.class);
        notice.resume(SEND_AT);
        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.SENDING);
        assertThat(notice.getPausedBy()).isNull();
    }

    @Test
    @DisplayName("R5.2 the hash is the same for the same content, whoever wrote it and whenever")
    void hashEqualForEqualContent() {
        var one = draftWithRecipients();
        var two = new Notice("hina", TEXT, SEND_AT, T0.plusSeconds(3600));
        two.recipients(RECIPIENTS, T0.plusSeconds(3601));

        assertThat(two.hash()).isEqualTo(one.hash()).isEqualTo(one.getContentHash()).matches("[0-9a-f]{64}");
    }

    @Test
    @DisplayName("R5.2 the hash changes when any single thing the approver sees changes")
    void hashCoversEveryField() {
        var base = draftWithRecipients().hash();

        assertThat(hashWith(new NoticeText("Your account {{accounts}}!", TEXT.bodyEn(), TEXT.subjectJa(), TEXT.bodyJa()), SEND_AT, RECIPIENTS))
                .as("subject en").isNotEqualTo(base);
        assertThat(hashWith(new NoticeText(TEXT.subjectEn(), TEXT.bodyEn() + ".", TEXT.subjectJa(), TEXT.bodyJa()), SEND_AT, RECIPIENTS))
                .as("body en").isNotEqualTo(base);
        assertThat(hashWith(new NoticeText(TEXT.subjectEn(), TEXT.bodyEn(), TEXT.subjectJa() + "。", TEXT.bodyJa()), SEND_AT, RECIPIENTS))
                .as("subject ja").isNotEqualTo(base);
        assertThat(hashWith(new NoticeText(TEXT.subjectEn(), TEXT.bodyEn(), TEXT.subjectJa(), TEXT.bodyJa() + "。"), SEND_AT, RECIPIENTS))
                .as("body ja").isNotEqualTo(base);
        assertThat(hashWith(TEXT, SEND_AT.plusMillis(1), RECIPIENTS)).as("send time").isNotEqualTo(base);
        assertThat(hashWith(TEXT, SEND_AT, new Notice.Recipients(RecipientSource.CSV, null, null, 4, ROWS)))
                .as("recipient count").isNotEqualTo(base);
        assertThat(hashWith(TEXT, SEND_AT, new Notice.Recipients(RecipientSource.CSV, null, null, 3, "b".repeat(64))))
                .as("recipient rows").isNotEqualTo(base);
    }

    @Test
    @DisplayName("R5.2 moving text from one field to the next changes the hash")
    void hashKeepsFieldsApart() {
        var one = hashWith(new NoticeText("Notice", "Body", "お知らせ", "本文"), SEND_AT, RECIPIENTS);
        var two = hashWith(new NoticeText("Notic", "eBody", "お知らせ", "本文"), SEND_AT, RECIPIENTS);

        assertThat(one).isNotEqualTo(two);
    }

    @Test
    @DisplayName("R5.3 pacing at 10/s with a 2 s burst: 20 at first, none right after paying for them, 10 a second later")
    void pacing() {
        var notice = sending();
        var burst = Duration.ofSeconds(2);

        assertThat(notice.allowance(10, burst, SEND_AT)).isEqualTo(20);
        notice.paced(20, 10, burst, SEND_AT);
        assertThat(notice.allowance(10, burst, SEND_AT)).isZero();
        assertThat(notice.allowance(10, burst, SEND_AT.plusSeconds(1))).isEqualTo(10);
    }

    @Test
    @DisplayName("R5.3 pacing saves up no more than the burst however long the sender was quiet")
    void pacingBurstCapped() {
        var notice = sending();
        var burst = Duration.ofSeconds(2);
        notice.paced(5, 10, burst, SEND_AT);

        assertThat(notice.allowance(10, burst, SEND_AT.plus(Duration.ofHours(1)))).isEqualTo(20);
    }

    private static void assertVoids(Consumer<Notice> change) {
        var notice = approved();
        var approvedHash = notice.getContentHash();

        change.accept(notice);

        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(notice.getApprovedBy()).isNull();
        assertThat(notice.getApprovedAt()).isNull();
        assertThat(notice.hash()).isNotEqualTo(approvedHash).isEqualTo(notice.getContentHash());
        assertThat(notice.start(notice.getRecipientsHash(), SEND_AT.plusSeconds(60))).as("no sending on a void approval").isFalse();
    }

    private static String hashWith(NoticeText text, Instant sendAt, Notice.Recipients recipients) {
        var notice = new Notice("sora", text, sendAt, T0);
        notice.recipients(recipients, T0);
        return notice.hash();
    }

    private static Notice draftWithRecipients() {
        var notice = new Notice("sora", TEXT, SEND_AT, T0);
        notice.recipients(RECIPIENTS, T0);
        return notice;
    }

    private static Notice submitted() {
        var notice = draftWithRecipients();
        notice.submit(T0.plusSeconds(1));
        return notice;
    }

    private static Notice approved() {
        var notice = submitted();
        notice.approve("hina", notice.getContentHash(), T0.plusSeconds(2));
        return notice;
    }

    private static Notice sending() {
        var notice = approved();
        assertThat(notice.start(ROWS, SEND_AT)).isTrue();
        return notice;
    }
}
