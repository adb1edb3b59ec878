package io.guarddesk.disclosure.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.guarddesk.disclosure.control.Directory.scanBody;
import static org.assertj.core.api.Assertions.assertThat;

class CredentialFindingTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PASSWORD     | Your password: Tanaka2024!
            PASSWORD     | password = hunter2x
            PASSWORD     | PW: abc12345
            PASSWORD     | pass: 'Xy9#kLm2'
            PASSWORD     | The password is Tanaka2024 for now.
            PASSWORD     | パスワード：abc12345
            PASSWORD     | パスワードはabc12345です。
            PASSWORD     | 暗証番号は1234です
            PASSWORD     | ｐａｓｓｗｏｒｄ：Ｔａｎａｋａ２０２４
            API_KEY      | key AKIAIOSFODNN7EXAMPLE
            API_KEY      | sk_live_4eC39HqLyjWDarjtT1zdp7dc
            API_KEY      | rk_live_51H8abcdefghijklmnop
            API_KEY      | ghp_16C7e42F292c6912E7710c838347Ae178B4a
            API_KEY      | github_pat_11ABCDEFG0123456789_abcdefghijkl
            API_KEY      | xoxb-263594206564-FGqddMF8t08v8N7Oq4i57vs1
            API_KEY      | AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe
            API_KEY      | api_key: 9f8e7d6c5b4a39281706
            API_KEY      | apiKey="Zq81LmN0pQrsTuvW"
            JWT          | eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U
            PRIVATE_KEY  | -----BEGIN RSA PRIVATE KEY-----\\nMIIEpAIBAAKCAQEA\\n-----END RSA PRIVATE KEY-----
            PRIVATE_KEY  | -----BEGIN OPENSSH PRIVATE KEY-----
            SECRET_TOKEN | Here is your token: 8fK2mQ9xLp3RtV7wZc1Ns4Bh
            SECRET_TOKEN | webhook secret 'Tz8qW1eR5tY9uI3oP7aS2dF6g'
            SECRET_TOKEN | アクセストークンは q7W3e9R1t5Y2u8I4o6P0aZxC です
            SECRET_TOKEN | 認証コード: Hd83jsKq02Lmn5Pq9Rs7Tv1W
            RESET_TOKEN  | Reset here: https://desk.example/reset/gdr1.eyJhIjoxfQ.c2lnbmF0dXJl
            CARD_NUMBER  | card 4111 1111 1111 1111
            CARD_NUMBER  | card ４１１１－１１１１－１１１１－１１１１
            CARD_NUMBER  | 99 4111111111111111
            CARD_NUMBER  | 5555-5555-5555-4444
            """)
    @DisplayName("R2.4 credential-shaped text is refused and can never be released (R2.7)")
    void credentialRefused(FindingKind kind, String text) {
        List<Finding> findings = scanBody(text.replace("\\n", "\n"));
        assertThat(findings).extracting(Finding::kind).contains(kind);
        assertThat(findings).filteredOn(f -> f.kind() == kind).allSatisfy(f -> assertThat(f.kind().releasable()).isFalse());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "password: please use the link below",
        "Your password must be at least 8 characters long.",
        "Passwords: see our help page at https://desk.example/help/passwords",
        "password: ********",
        "PW: reset-required",
        "パスワードを再設定してください。",
        "パスワードは、下記のリンクから再設定できます。",
        "Please press the key on your keyboard, then the token will be sent by SMS.",
        "The API key settings page is under Settings > Developers.",
        "Order ORD-20241121-0042 for ¥12,800 on 2024-11-21, call 0120-000-000.",
        "Your tracking number is 123456789012 and the reference 2024112100421234.",
        "See https://example.com/docs/articles/how-to-reset-your-account-key-12345 for details on the key.",
        "暗証番号をお忘れの場合はお問い合わせください。",
        "bypass: the system uses a secret santa list",
    })
    @DisplayName("R2.4 support language about credentials is no credential: hard negatives pass")
    void hardNegativesPass(String text) {
        assertThat(scanBody(text)).isEmpty();
    }

    @Test
    @DisplayName("R2.4 a reset token is allowed only when it is exactly the one the message was rendered with")
    void resetTokenAllowedExactly() {
        String token = "gdr1.eyJhIjoxfQ.c2lnbmF0dXJl";
        String body = "Reset here: https://desk.example/reset/" + token + " (valid 24 h). Your token is personal.";
        Allowance own = Allowance.of(List.of(Directory.HANAKO), Directory.HANAKO.ownerEmail(), List.of(token));
        assertThat(Directory.scan(Directory.all(), body, own)).isEmpty();

        Allowance other = Allowance.of(List.of(Directory.HANAKO), Directory.HANAKO.ownerEmail(),
                List.of("gdr1.eyJhIjoxfQ.C2lnbmF0dXJl"));
        assertThat(Directory.scan(Directory.all(), body, other)).extracting(Finding::kind)
                .containsExactly(FindingKind.RESET_TOKEN);
    }

    @Test
    @DisplayName("R2.5 a secret finding never repeats the secret")
    void secretsMasked() {
        String body = "password: Tanaka2024! and sk_live_4eC39HqLyjWDarjtT1zdp7dc and 4111 1111 1111 1111";
        List<Finding> findings = scanBody(body);
        assertThat(findings).extracting(Finding::kind)
                .containsExactly(FindingKind.PASSWORD, FindingKind.API_KEY, FindingKind.CARD_NUMBER);
        assertThat(findings).extracting(Finding::masked).containsExactly("…", "…7dc", "…1111");
        assertThat(body.substring(findings.get(0).start(), findings.get(0).end())).isEqualTo("Tanaka2024!");
    }
}
