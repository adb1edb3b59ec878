package io.guarddesk.accounts.control;

import io.guarddesk.platform.Validations;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AccountFileTest {

    /**
     * Found by PublicInputFuzzTest: a broken quote escaped the reader as an UncheckedIOException,
     * so the import failed with the exception's name instead of a report saying what to fix.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "account_number,login_id,owner_email,holder_name\n\"C-100234\"x,aiko,aiko@example.jp,Aiko Tanaka\n",
            "account_number,login_id,owner_email,holder_name\nC-100234,aiko,aiko@example.jp,\"Aiko Tanaka",
            "\"account_number\"x,login_id,owner_email,holder_name\nC-100234,aiko,aiko@example.jp,Aiko Tanaka\n"})
    @DisplayName("R7.3 a file with a broken quote is rejected with a line and what to fix, not a failed import")
    void brokenQuoteIsRejectedWithWhatToFix(String file) {
        var parsed = AccountFile.read(file, Validations.serverLike().validator(Locale.ENGLISH), read -> { });

        assertThat(parsed.importable()).isFalse();
        assertThat(parsed.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.line()).isPositive();
            assertThat(rejection.reason()).startsWith("The file is not well-formed CSV (CSVException): check quotes");
        });
    }
}
