package io.guarddesk.accounts.control;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.JsonBodies;
import io.guarddesk.platform.Validations;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7.3 for the account directory: an uploaded file is decoded (UTF-8 or Shift_JIS) and read into
 * rows or a report of bad rows, never an exception, since the import answers with that report
 * (R2); an account sent to the sync API is validated into field errors; a reset token of any shape
 * is checked without an exception, and every signed one is read back.
 */
public final class AccountInputFuzzTarget {

    private static final List<String> HEADER = List.of("account_number", "login_id", "owner_email", "holder_name",
            "holder_name_kana", "phone", "status", "ACCOUNT_NUMBER", " login_id ", "", "other", "\"owner_email\"");
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final ResetSignature SIGNATURE = new ResetSignature("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    private AccountInputFuzzTarget() {
    }

    public static void fuzz(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 2)) {
            case 0 -> directoryFile(data);
            case 1 -> syncedAccount(data);
            default -> resetToken(data);
        }
    }

    static void directoryFile(FuzzedDataProvider data) {
        var encoding = data.pickValue(CsvText.Encoding.values());
        byte[] bytes = data.consumeBoolean() ? data.consumeBytes(3_000)
                : csv(data).getBytes(data.consumeBoolean() ? StandardCharsets.UTF_8 : WINDOWS_31J);
        var text = CsvText.decode(bytes, encoding);
        if (text.isEmpty()) {
            return; // 400: neither UTF-8 nor Shift_JIS
        }
        var validator = Validations.serverLike().validator(data.pickValue(List.of(Locale.JAPANESE, Locale.ENGLISH)));
        var parsed = AccountFile.read(text.get(), validator, read -> { });
        parsed.rejections().forEach(r -> assertThat(r.reason()).isNotBlank());
        if (parsed.importable()) {
            parsed.rows().forEach(AccountInput::data);
        }
    }

    /** {@code PUT /api/accounts/{number}}: the body, then the validation and normalisation the directory applies. */
    static void syncedAccount(FuzzedDataProvider data) {
        var path = data.consumeBoolean() ? "C-100234" : data.consumeString(70);
        var input = JsonBodies.bind(JsonBodies.body(data, AccountInput.class), AccountInput.class);
        if (input.isEmpty() || input.get().getAccountNumber() != null && !input.get().getAccountNumber().equals(path)) {
            return; // 400 from the body mapper or the resource
        }
        input.get().setAccountNumber(path);
        var validation = Validations.serverLike();
        try {
            validation.check(input.get(), Locale.ENGLISH);
            input.get().data();
        } catch (DeskException e) {
            // 400 with the fields to fix
        }
    }

    static void resetToken(FuzzedDataProvider data) {
        var number = data.pickValue(List.of("C-100234", "A", "x/y.z_0-9")) + data.consumeAsciiString(8).replaceAll("[^A-Za-z0-9]", "");
        var expires = Instant.ofEpochSecond(data.consumeLong(0, 253_402_300_799L));
        var token = SIGNATURE.sign(number, expires, "ab".repeat(32), data.consumeAsciiString(30).replaceAll("\\s", ""));
        assertThat(SIGNATURE.verify(token)).contains(new ResetSignature.Claims(number, expires, "ab".repeat(32)));
        var presented = switch (data.consumeInt(0, 2)) {
            case 0 -> token.substring(0, data.consumeInt(0, token.length()));
            case 1 -> ResetSignature.PREFIX + data.consumeString(400);
            default -> data.consumeRemainingAsString();
        };
        SIGNATURE.verify(presented);
    }

    private static String csv(FuzzedDataProvider data) {
        var csv = new StringBuilder();
        for (int i = data.consumeInt(0, 8); i > 0; i--) {
            csv.append(data.pickValue(HEADER)).append(i > 1 ? "," : "");
        }
        for (int row = data.consumeInt(0, 6); row > 0; row--) {
            csv.append(data.pickValue(List.of("\n", "\r\n", "\r")));
            for (int i = data.consumeInt(0, 8); i > 0; i--) {
                var value = data.consumeString(40);
                csv.append(switch (data.consumeInt(0, 4)) {
                    case 0 -> "\"" + value.replace("\"", "\"\"") + "\"";
                    case 1 -> "\"" + value;
                    default -> value;
                }).append(i > 1 ? "," : "");
            }
        }
        return csv.toString();
    }
}
