package io.guarddesk.notices.control;

import io.guarddesk.mail.entity.MailStatus;
import io.guarddesk.notices.entity.RecipientState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeProgressTest {

    @Test
    @DisplayName("R5.3 queued = waiting + pending, sent = delivered, failed = refused + failed + suppressed, bounced apart")
    void counts() {
        var progress = NoticeProgress.of(100,
                Map.of(RecipientState.WAITING, 10L, RecipientState.QUEUED, 85L, RecipientState.REFUSED, 5L),
                Map.of(MailStatus.PENDING, 20L, MailStatus.DELIVERED, 50L, MailStatus.FAILED, 7L,
                        MailStatus.SUPPRESSED, 3L, MailStatus.BOUNCED, 5L));

        assertThat(progress).isEqualTo(new NoticeProgress(100, 30, 50, 15, 5));
        assertThat(progress.percentDone()).isEqualTo(70);
        assertThat(progress.done()).isFalse();
    }

    @Test
    @DisplayName("R5.3 a notice not yet started: every recipient queued, nothing done")
    void notStarted() {
        var progress = NoticeProgress.of(3, Map.of(RecipientState.WAITING, 3L), Map.of());

        assertThat(progress).isEqualTo(new NoticeProgress(3, 3, 0, 0, 0));
        assertThat(progress.percentDone()).isZero();
        assertThat(progress.done()).isFalse();
    }

    @Test
    @DisplayName("R5.3 done once nothing waits and nothing is pending, whatever the outcomes")
    void done() {
        var progress = NoticeProgress.of(4, Map.of(RecipientState.QUEUED, 3L, RecipientState.REFUSED, 1L),
                Map.of(MailStatus.DELIVERED, 1L, MailStatus.BOUNCED, 1L, MailStatus.FAILED, 1L));

        assertThat(progress).isEqualTo(new NoticeProgress(4, 0, 1, 2, 1));
        assertThat(progress.percentDone()).isEqualTo(100);
        assertThat(progress.done()).isTrue();
    }

    @Test
    @DisplayName("R5.3 the per cent is whole and rounded down, so 100 means all; no recipients counts as done")
    void percent() {
        assertThat(new NoticeProgress(3, 1, 2, 0, 0).percentDone()).isEqualTo(66);
        assertThat(new NoticeProgress(1000, 1, 999, 0, 0).percentDone()).isEqualTo(99);
        assertThat(new NoticeProgress(0, 0, 0, 0, 0).percentDone()).isEqualTo(100);
    }
}
