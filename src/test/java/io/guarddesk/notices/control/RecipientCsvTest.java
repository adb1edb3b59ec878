package io.guarddesk.notices.control;

import io.guarddesk.notices.control.RecipientCsv.Rejection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class RecipientCsvTest {

    @Test
    @DisplayName("R5 a good file gives its accounts in file order, each with its language or none")
    void goodFile() {
        var parsed = read("account_number,language\nC-9,ja\nC-1,EN\n C-5 , En \nC-3,\nC-7\n");

        assertThat(parsed.rejections()).isEmpty();
        var expected = new LinkedHashMap<String, String>();
        expected.put("C-9", "ja");
        expected.put("C-1", "en");
        expected.put("C-5", "en");
        expected.put("C-3", null);
        expected.put("C-7", null);
        assertThat(parsed.accounts()).containsExactlyEntriesOf(expected);
    }

    @Test
    @DisplayName("R5 the language column is optional, and columns may come in any order")
    void languageOptional() {
        assertThat(read("account_number\r\nC-1\r\nC-2\r\n").accounts()).containsExactly(entry("C-1", null), entry("C-2", null));
        assertThat(read("language,account_number\nja,C-1\n").accounts()).containsExactly(entry("C-1", "ja"));
    }

    @Test
    @DisplayName("R5 a file without an account_number header is refused on line 1")
    void headerRequired() {
        var parsed = read("number,language\nC-1,ja\n");

        assertThat(parsed.accounts()).isEmpty();
        assertThat(parsed.rejections()).extracting(Rejection::line).containsExactly(1L);
        assertThat(parsed.rejections().get(0).reason()).contains("account_number");
    }

    @Test
    @DisplayName("R5 each bad row is refused with its line (the header is line 1), all of them at once")
    void badRows() {
        var parsed = read("account_number,language\n"
                + "C-1,ja\n"              // 2
                + "C-2,fr\n"              // 3 bad language
                + "C-1,en\n"              // 4 duplicate
                + ",ja\n"                 // 5 blank number
                + "   ,en\n"              // 6 blank number
                + "x".repeat(65) + "\n"   // 7 too long
                + "y".repeat(64) + "\n"); // 8 longest allowed

        assertThat(parsed.rejections()).extracting(Rejection::line).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(parsed.rejections()).extracting(Rejection::reason).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(parsed.rejections().get(1).reason()).isEqualTo("Account C-1 is listed twice.");
        assertThat(parsed.accounts()).containsOnlyKeys("C-1", "y".repeat(64)).containsEntry("C-1", "ja");
    }

    @Test
    @DisplayName("R5 a rejection's line is the line in the file, even after an empty line")
    void lineAfterEmptyLine() {
        var parsed = read("account_number\nC-1\n\nC-1\n");

        assertThat(parsed.rejections()).extracting(Rejection::line).containsExactly(4L);
    }

    @Test
    @DisplayName("R5 malformed quotes refuse the whole file with one rejection and no accounts")
    void malformedQuotes() {
        for (var text : new String[]{"account_number\nC-1\n\"C-2\nC-3\n", "account_number\n\"C-1\"x\nC-2\n"}) {
            var parsed = read(text);

            assertThat(parsed.rejections()).as(text).hasSize(1);
            assertThat(parsed.rejections().get(0).reason()).isEqualTo("The file is not valid CSV (check the quotes).");
            assertThat(parsed.accounts()).as(text).isEmpty();
        }
    }

    @Test
    @DisplayName("R5 an empty file, or one with only its header, is refused")
    void emptyFile() {
        for (var text : new String[]{"", "account_number,language\n", "account_number\n\n\n"}) {
            var parsed = read(text);

            assertThat(parsed.rejections()).as(text).hasSize(1);
            assertThat(parsed.accounts()).as(text).isEmpty();
        }
    }

    @Test
    @DisplayName("R5 rejections are written in the caller's language")
    void japanese() {
        var parsed = RecipientCsv.read("account_number,language\nC-1,fr\n", Locale.JAPANESE);

        assertThat(parsed.rejections()).extracting(Rejection::line).containsExactly(2L);
        assertThat(parsed.rejections().get(0).reason()).isEqualTo("言語は ja か en、または空欄にしてください。");
    }

    private static RecipientCsv.Parsed read(String text) {
        return RecipientCsv.read(text, Locale.ENGLISH);
    }
}
