package io.guarddesk.notices.control;

import io.guarddesk.notices.entity.NoticeText;
import io.guarddesk.platform.DeskException.FieldError;
import io.guarddesk.platform.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NoticeChecksTest {

    private static final Instant NOW = Instant.parse("2026-05-11T01:00:00Z");
    private static final NoticeText GOOD = new NoticeText("About your account", "Dear {{name}},\n\tyour accounts {{accounts}}.\r\n",
            "アカウントについて", "{{name}} 様\n{{accounts}}");

    @Test
    @DisplayName("R5 a good notice passes: newlines and tabs in a body, the send time exactly 366 days ahead")
    void goodPasses() {
        assertThatCode(() -> NoticeChecks.check(GOOD, NOW.plus(Duration.ofDays(366)), NOW, Locale.ENGLISH)).doesNotThrowAnyException();
        assertThatCode(() -> NoticeChecks.check(GOOD, NOW.minusSeconds(60), NOW, Locale.ENGLISH)).as("past: sent at once")
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R5 every field's error at once, each naming its field")
    void allErrorsAtOnce() {
        var text = new NoticeText("x".repeat(NoticeChecks.MAX_SUBJECT + 1), "", "件名\n二行目", "本文\u0007");

        var errors = errors(text, NOW.plus(Duration.ofDays(366)).plusSeconds(1), Locale.ENGLISH);

        assertThat(errors).extracting(FieldError::field).containsExactly("subjectEn", "bodyEn", "subjectJa", "bodyJa", "sendAt");
        assertThat(errors).extracting(FieldError::message).containsExactly(
                "Shorten the subject to at most 150 characters.",
                "Enter the message.",
                "The subject must be one line without control characters.",
                "The message contains control characters; remove them.",
                "The send time must be within a year from now.");
    }

    @Test
    @DisplayName("R5 a subject of exactly 150 characters passes, of 151 does not")
    void subjectLength() {
        var max = "x".repeat(NoticeChecks.MAX_SUBJECT);

        assertThat(errors(new NoticeText(max, "b", max, "b"), NOW, Locale.ENGLISH)).isEmpty();
        assertThat(errors(new NoticeText(max + "x", "b", max, "b"), NOW, Locale.ENGLISH)).extracting(FieldError::field)
                .containsExactly("subjectEn");
    }

    @Test
    @DisplayName("R5.1 a subject is one line: CR, LF or any other control character is refused")
    void subjectOneLine() {
        for (var subject : List.of("a\rb", "a\nb", "a\tb", "a\u0000b")) {
            assertThat(errors(new NoticeText("ok", "b", subject, "b"), NOW, Locale.ENGLISH)).as(subject.replace("\u0000", "NUL"))
                    .extracting(FieldError::field).containsExactly("subjectJa");
        }
    }

    @Test
    @DisplayName("R5 a body of 20,000 characters passes, of 20,001 does not")
    void bodyLength() {
        var max = "x".repeat(NoticeChecks.MAX_BODY);

        assertThat(errors(new NoticeText("s", max, "s", max), NOW, Locale.ENGLISH)).isEmpty();
        var errors = errors(new NoticeText("s", max, "s", max + "x"), NOW, Locale.ENGLISH);
        assertThat(errors).extracting(FieldError::field).containsExactly("bodyJa");
        assertThat(errors.get(0).message()).isEqualTo("Shorten the message to at most 20,000 characters.");
    }

    @Test
    @DisplayName("R5 blank subjects and bodies and a missing send time are each reported")
    void blanks() {
        var errors = errors(new NoticeText(" ", null, null, "\n"), null, Locale.ENGLISH);

        assertThat(errors).extracting(FieldError::field).containsExactly("subjectEn", "bodyEn", "subjectJa", "bodyJa", "sendAt");
    }

    @Test
    @DisplayName("R5.1 an unknown placeholder is reported on its field, quoting it and showing {{name}} literally")
    void unknownPlaceholderEnglish() {
        var errors = errors(new NoticeText("s", "Your password: {{password}}", "s", "b"), NOW, Locale.ENGLISH);

        assertThat(errors).extracting(FieldError::field).containsExactly("bodyEn");
        assertThat(errors.get(0).message())
                .isEqualTo("Unknown placeholder {{password}}. Use only {{name}}, {{accounts}} or {{email}}: the recipient's own data.");
    }

    @Test
    @DisplayName("R5.1 the placeholder message in Japanese also quotes the bad placeholder and shows {{name}} without quote marks")
    void unknownPlaceholderJapanese() {
        var errors = errors(new NoticeText("{{account.login C-1}}", "b", "s", "b"), NOW, Locale.JAPANESE);

        assertThat(errors).extracting(FieldError::field).containsExactly("subjectEn");
        assertThat(errors.get(0).message()).contains("{{account.login C-1}}", "{{name}}", "{{accounts}}", "{{email}}")
                .doesNotContain("'").startsWith("不明な差し込み");
    }

    @Test
    @DisplayName("R5 every message exists in Japanese and in English, and they differ")
    void bothLanguages() {
        var text = new NoticeText("", "x".repeat(NoticeChecks.MAX_BODY + 1), "a\nb", "{{x}}");
        var far = NOW.plus(Duration.ofDays(400));

        var english = errors(text, far, Locale.ENGLISH);
        var japanese = errors(text, far, Locale.JAPANESE);
        var missing = errors(new NoticeText("s", "b\u001b", "s", ""), null, Locale.JAPANESE);

        assertThat(english).hasSize(5);
        assertThat(japanese).extracting(FieldError::field).isEqualTo(english.stream().map(FieldError::field).toList());
        for (int i = 0; i < english.size(); i++) {
            assertThat(japanese.get(i).message()).isNotBlank().isNotEqualTo(english.get(i).message());
            assertThat(english.get(i).message()).isNotBlank().doesNotContain("{0}");
        }
        assertThat(missing).extracting(FieldError::message).allSatisfy(m -> assertThat(m).isNotBlank().doesNotContain("{0}"))
                .hasSize(3);
        assertThat(japanese.get(1).message()).contains("20,000");
    }

    private static List<FieldError> errors(NoticeText text, Instant sendAt, Locale locale) {
        var thrown = catchThrowableOfType(InvalidInputException.class, () -> NoticeChecks.check(text, sendAt, NOW, locale));
        return thrown == null ? List.of() : thrown.fieldErrors();
    }
}
