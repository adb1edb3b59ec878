package io.guarddesk.notices.control;

import io.guarddesk.notices.entity.Notice;
import io.guarddesk.notices.entity.NoticeText;
import io.guarddesk.notices.entity.RecipientData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeSenderLetterTest {

    private static final Instant T0 = Instant.parse("2026-05-11T01:00:00Z");
    private static final Notice NOTICE = new Notice("sora", new NoticeText(
            "Your accounts {{accounts}}", "Dear {{name}}, we write to {{email}} about {{accounts}}.",
            "{{accounts}} について", "{{name}} 様 ({{email}}): {{accounts}}"), T0, T0);
    private static final RecipientData HANAKO = new RecipientData("hanako@example.jp", "山田 花子", "C-1,C-2", "ja");
    private static final RecipientData TARO = new RecipientData("taro@example.jp", "Taro Sato", "C-3", "en");

    @Test
    @DisplayName("R5.1 one letter to exactly one recipient, with the notice template, kind and batch, about no ticket")
    void envelope() {
        var letter = NoticeSender.letter(NOTICE, HANAKO, Locale.JAPANESE);

        assertThat(letter.to()).isEqualTo("hanako@example.jp");
        assertThat(letter.name()).isEqualTo("山田 花子");
        assertThat(letter.language()).isEqualTo(Locale.JAPANESE);
        assertThat(letter.template()).isEqualTo("notice");
        assertThat(letter.kind()).isEqualTo("NOTICE");
        assertThat(letter.ticketId()).isNull();
        assertThat(letter.batch()).startsWith("notice-");
        assertThat(letter.parameters()).containsOnlyKeys("subject", "body");
    }

    @Test
    @DisplayName("R5.1 a Japanese recipient gets the Japanese text with their own data only")
    void japanese() {
        var letter = NoticeSender.letter(NOTICE, HANAKO, Locale.JAPANESE);

        assertThat(letter.parameters()).isEqualTo(Map.of(
                "subject", "C-1, C-2 について",
                "body", "山田 花子 様 (hanako@example.jp): C-1, C-2"));
    }

    @Test
    @DisplayName("R5.1 an English recipient gets the English text with their own data only")
    void english() {
        var letter = NoticeSender.letter(NOTICE, TARO, Locale.ENGLISH);

        assertThat(letter.to()).isEqualTo("taro@example.jp");
        assertThat(letter.parameters()).isEqualTo(Map.of(
                "subject", "Your accounts C-3",
                "body", "Dear Taro Sato, we write to taro@example.jp about C-3."));
    }

    @Test
    @DisplayName("R5.1 the language asked for decides the text, whatever the recipient's usual language")
    void languageAskedFor() {
        var letter = NoticeSender.letter(NOTICE, HANAKO, Locale.ENGLISH);

        assertThat(letter.language()).isEqualTo(Locale.ENGLISH);
        assertThat(letter.parameters()).containsEntry("subject", "Your accounts C-1, C-2")
                .containsEntry("body", "Dear 山田 花子, we write to hanako@example.jp about C-1, C-2.");
    }

    @Test
    @DisplayName("R5.1 one recipient's letter carries nothing of another's")
    void noOtherRecipientsData() {
        var letter = NoticeSender.letter(NOTICE, TARO, TARO.locale());

        assertThat(String.join("\n", letter.parameters().values()) + letter.to() + letter.name())
                .doesNotContain("hanako", "山田", "C-1", "C-2");
    }
}
