package io.guarddesk.notices.control;

import io.guarddesk.platform.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An uploaded recipient file: a header, then one account number a row ({@code account_number}),
 * optionally with the language to write in ({@code language}: {@code ja} or {@code en}). Every
 * bad row is reported with its line and what is wrong; a file with any is not used at all.
 */
public final class RecipientCsv {

    public static final int MAX_ROWS = 200_000;

    /** A rejected row: its line in the file and why. */
    public record Rejection(long line, String reason) {
    }

    /** Account number → language (null when not given), in file order; or what is wrong. */
    public record Parsed(Map<String, String> accounts, List<Rejection> rejections) {
    }

    private RecipientCsv() {
    }

    public static Parsed read(String text, Locale locale) {
        var accounts = new LinkedHashMap<String, String>();
        var rejections = new ArrayList<Rejection>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).build().parse(new StringReader(text))) {
            var header = parser.getHeaderNames();
            if (!header.contains("account_number")) {
                return new Parsed(Map.of(), List.of(new Rejection(1, Texts.of(locale, "notices.csv.header"))));
            }
            boolean hasLanguage = header.contains("language");
            for (CSVRecord record : parser) {
                // the line the record ends on in the file: empty lines and quoted line breaks count
                long line = parser.getCurrentLineNumber();
                if (record.getRecordNumber() > MAX_ROWS) {
                    rejections.add(new Rejection(line, Texts.format(locale, "notices.csv.tooMany", MAX_ROWS)));
                    break;
                }
                row(record, line, hasLanguage, locale, accounts, rejections);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new Parsed(Map.of(), List.of(new Rejection(0, Texts.of(locale, "notices.csv.malformed"))));
        }
        if (accounts.isEmpty() && rejections.isEmpty()) {
            rejections.add(new Rejection(2, Texts.of(locale, "notices.csv.empty")));
        }
        return new Parsed(accounts, rejections);
    }

    private static void row(CSVRecord record, long line, boolean hasLanguage, Locale locale, Map<String, String> accounts,
                            List<Rejection> rejections) {
        var number = record.isSet("account_number") ? record.get("account_number") : "";
        if (number.isBlank() || number.length() > 64) {
            rejections.add(new Rejection(line, Texts.of(locale, "notices.csv.number")));
            return;
        }
        String language = null;
        if (hasLanguage && record.isSet("language") && !record.get("language").isBlank()) {
            language = record.get("language").toLowerCase(Locale.ROOT);
            if (!language.equals("ja") && !language.equals("en")) {
                rejections.add(new Rejection(line, Texts.of(locale, "notices.csv.language")));
                return;
            }
        }
        if (accounts.containsKey(number)) {
            rejections.add(new Rejection(line, Texts.format(locale, "notices.csv.duplicate", number)));
            return;
        }
        accounts.put(number, language);
    }
}
