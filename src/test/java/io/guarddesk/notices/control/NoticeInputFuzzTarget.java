package io.guarddesk.notices.control;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.guarddesk.accounts.control.CsvText;
import io.guarddesk.notices.entity.NoticeText;
import io.guarddesk.notices.entity.RecipientData;
import io.guarddesk.platform.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7.3 for bulk notices: a recipient file is read into accounts or a list of bad lines, never an
 * exception; a draft's texts are refused only with field errors; a draft that passes is filled
 * for a recipient with every placeholder replaced, a value with {@code $} or {@code \} taken literally.
 */
public final class NoticeInputFuzzTarget {

    private static final List<String> PIECES = List.of("account_number", "language", ",", "\n", "\r\n", "\"", "ja", "en",
            "C-100234", " ", "\"\"", "JA");
    private static final List<String> TEXT_PIECES = List.of("{{name}}", "{{ accounts }}", "{{email}}", "{{", "}}", "{", "}",
            "{{nam e}}", "$1", "\\", "{{{name}}}", "\n", "お知らせ");

    private NoticeInputFuzzTarget() {
    }

    public static void fuzz(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            recipientFile(data);
        } else {
            draft(data);
        }
    }

    static void recipientFile(FuzzedDataProvider data) {
        byte[] bytes;
        if (data.consumeBoolean()) {
            bytes = data.consumeBytes(3_000);
        } else {
            var csv = new StringBuilder();
            for (int i = data.consumeInt(0, 40); i > 0; i--) {
                csv.append(data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(8));
            }
            bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        }
        var text = CsvText.decode(bytes, CsvText.Encoding.AUTO);
        if (text.isEmpty()) {
            return;
        }
        var parsed = RecipientCsv.read(text.get(), data.pickValue(List.of(Locale.JAPANESE, Locale.ENGLISH)));
        parsed.rejections().forEach(r -> assertThat(r.reason()).isNotBlank());
        parsed.accounts().forEach((number, language) -> assertThat(language).isIn(null, "ja", "en"));
    }

    static void draft(FuzzedDataProvider data) {
        var text = new NoticeText(line(data), body(data), line(data), body(data));
        var now = Instant.parse("2026-03-01T00:00:00Z");
        var sendAt = data.consumeBoolean() ? null : now.plusSeconds(data.consumeLong(-1_000_000_000L, 1_000_000_000L));
        var locale = data.pickValue(List.of(Locale.JAPANESE, Locale.ENGLISH));
        try {
            NoticeChecks.check(text, sendAt, now, locale);
        } catch (InvalidInputException e) {
            assertThat(e.fieldErrors()).isNotEmpty();
            return;
        }
        var recipient = new RecipientData("aiko@example.jp", "田中 $1 \\ {{email}}", "C-1,C-2", "ja");
        var filled = Placeholders.fill(text.bodyJa(), recipient);
        assertThat(filled).as("every placeholder filled, the values taken literally").doesNotContain("{{name}}", "{{accounts}}");
    }

    private static String line(FuzzedDataProvider data) {
        return pieces(data, 8);
    }

    private static String body(FuzzedDataProvider data) {
        return pieces(data, 40);
    }

    private static String pieces(FuzzedDataProvider data, int most) {
        var text = new StringBuilder();
        for (int i = data.consumeInt(0, most); i > 0; i--) {
            text.append(data.consumeBoolean() ? data.pickValue(TEXT_PIECES) : data.consumeString(30));
        }
        return text.toString();
    }
}
