package io.guarddesk.accounts.control;

import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Reads a directory CSV completely before anything is written: a file with one bad row imports
 * nothing, and the report names every bad row, its field and what to fix. The header names the
 * columns ({@link #COLUMNS}, any order; holder_name_kana, phone and status may be left out).
 */
public final class AccountFile {

    public static final List<String> COLUMNS = List.of("account_number", "login_id", "owner_email", "holder_name",
            "holder_name_kana", "phone", "status");
    static final List<String> REQUIRED = COLUMNS.subList(0, 4);

    /** A row that cannot be imported: its line in the file, the column and what to fix. */
    public record Rejection(long line, String column, String reason) {
    }

    public record Parsed(List<AccountInput> rows, List<Rejection> rejections) {
        public boolean importable() {
            return rejections.isEmpty() && !rows.isEmpty();
        }
    }

    private AccountFile() {
    }

    /** Reads and checks every row; {@code progress} hears the number of rows read so far. */
    public static Parsed read(String text, Validator validator, IntConsumer progress) {
        var rows = new ArrayList<AccountInput>();
        var rejections = new ArrayList<Rejection>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            var header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
            var missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                return new Parsed(List.of(), List.of(new Rejection(1, String.join(",", missing),
                        "The header line lacks these columns. The first line must name the columns: " + String.join(",", COLUMNS) + ".")));
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                var line = parser.getCurrentLineNumber();
                var input = input(record, header);
                var errors = validator.validate(input);
                errors.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                        .forEach(v -> rejections.add(new Rejection(line, column(v.getPropertyPath().toString()), v.getMessage())));
                if (errors.isEmpty() && !seen.add(input.data().accountNumber())) {
                    rejections.add(new Rejection(line, "account_number", "This account number appears twice in the file; keep one row per account."));
                }
                rows.add(input);
                if (rows.size() % 1000 == 0) {
                    progress.accept(rows.size());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // Commons CSV reports a broken quote as a CSVException, an IOException, which its record
            // iterator wraps in an UncheckedIOException; the text is in memory, so no other I/O can fail
            var problem = e instanceof UncheckedIOException wrapped ? wrapped.getCause() : e;
            rejections.add(new Rejection(rows.size() + 2L, "", "The file is not well-formed CSV (" + problem.getClass().getSimpleName()
                    + "): check quotes and the number of columns, and that the header has no duplicate names."));
        }
        progress.accept(rows.size());
        return new Parsed(rows, rejections);
    }

    private static AccountInput input(CSVRecord record, List<String> header) {
        var values = new String[COLUMNS.size()];
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            var column = COLUMNS.indexOf(header.get(i));
            if (column >= 0) {
                values[column] = record.get(i);
            }
        }
        return new AccountInput(values[0], values[1], values[2], values[3], values[4], values[5],
                values[6] == null || values[6].isBlank() ? null : values[6].strip().toUpperCase(java.util.Locale.ROOT));
    }

    private static String column(String property) {
        return property.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
