package io.guarddesk.disclosure.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The misses the labelled corpus found, one test each, on a small directory of their own. */
class CorpusDefectsTest {

    private static final AccountIdentifiers REQUESTER = new AccountIdentifiers("C-100234", "hanako.yamada",
            "hanako.yamada@example.co.jp", "山田 花子", "ヤマダ ハナコ", "03-1234-5678");
    private static final AccountIdentifiers CHLOE = new AccountIdentifiers("C-691168", "chloe_2011",
            "chloe.oneill@example.com", "Chloe O'Neill", null, "090-1111-2222");
    private static final AccountIdentifiers MATEO = new AccountIdentifiers("C-409633", "sofia_2010",
            "mateo.rossi@example.com", "Mateo Rossi", null, "06-8080-3003");
    private static final AccountIdentifiers AOIFE = new AccountIdentifiers("C-555123", "aoife.d",
            "aoife@example.ie", "Aoife D\u2019Arcy", null, null);

    private static List<Finding> scan(String text) {
        return scan(OutgoingPart.Where.BODY, text);
    }

    private static List<Finding> scan(OutgoingPart.Where where, String text) {
        IdentifierIndex index = Directory.index(REQUESTER, CHLOE, MATEO, AOIFE);
        Allowance own = Allowance.of(List.of(REQUESTER), REQUESTER.ownerEmail(), List.of());
        return new DisclosureScanner(index).scan(List.of(new OutgoingPart(where, text)), own);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "契約IDC-691168の配送先を変更しました。",
        "契約IDc-691168の配送先を変更しました。",
        "契約IDC691168の配送先を変更しました。",
        "契約IDC 409 633の配送先を変更しました。",
        "契約IDC\u2013691168の配送先を変更しました。",
        "契約IDＣ－６９１１６８の配送先を変更しました。",
        "契約ID\u0421-691168の配送先を変更しました。",
        "see accountC-691168 please",
        "TEL09011112222",
        "ログインIDsofia_2010です",
    })
    @DisplayName("R2.4 an identifier glued after letters is found when it is there verbatim")
    void gluedAfterLetters(String text) {
        assertThat(scan(text)).extracting(Finding::kind).isNotEmpty()
                .allMatch(k -> k == FindingKind.ACCOUNT_NUMBER || k == FindingKind.PHONE || k == FindingKind.LOGIN_ID);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "契約IDC-100234の配送先を変更しました。",
        "Our order ORD-691169 and ABC-123456 shipped; IDs C-69 and X1 are fine.",
        "Model XC-60 and iPhone 15, ref AB12CD34, version v2024.11.21.",
        "The invoice INV2024-0042 and SKU ABC691168X are ready.",
    })
    @DisplayName("R2.4 glued-suffix matching raises nothing on clean text or the requester's own identifiers")
    void gluedSuffixClean(String text) {
        assertThat(scan(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Dear Chloe O'Neill,", "Dear O'Neill Chloe,", "Dear Chloe ONeill,", "Dear Chloe O\u2019Neill,",
        "Dear CHLOE O'NEILL", "Dear Aoife D'Arcy", "Dear Aoife DArcy", "Dear Aoife D\u2019Arcy"})
    @DisplayName("R2.4 holder names with an apostrophe match with ' or ’ or none, in either order")
    void apostropheNames(String text) {
        assertThat(scan(text)).extracting(Finding::kind).containsExactly(FindingKind.HOLDER_NAME);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"contract_Mateo_Rossi.pdf", "contract-Mateo-Rossi.pdf", "Rossi.Mateo.pdf",
        "contract_Chloe_O'Neill.pdf"})
    @DisplayName("R2.4 Latin names joined by _ - . in a file name are found")
    void namesInFileNames(String name) {
        assertThat(scan(OutgoingPart.Where.ATTACHMENT_NAME, name)).extracting(Finding::kind)
                .containsExactly(FindingKind.HOLDER_NAME);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Password: bgsHbFpi", "パスワード：bgsHbFpi", "Your temporary password: hMSMZGVza",
        "パスワードは「tWGLwNLCl」です。", "pwd: fnhRdSBc", "ＰＷ：BGoRiMZq", "初期パスワード: OiAagtXPp"})
    @DisplayName("R2.4 a letters-only mixed-case password after a label is refused")
    void lettersOnlyPassword(String text) {
        assertThat(scan(text)).extracting(Finding::kind).containsExactly(FindingKind.PASSWORD);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"password: please use the link below", "Password: reset it from the sign-in page",
        "Password: Reset it from the sign-in page", "パスワードを忘れた場合は、ログイン画面から再設定してください。",
        "Password: (not shown for security reasons)", "パスワード：再設定リンクからご設定ください",
        "Password: please use the reset link below", "Passwords: see the Help page"})
    @DisplayName("R2.4 support language after a password label stays sendable")
    void passwordHardNegatives(String text) {
        assertThat(scan(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"access token: 3d80848f214a1243baaf4835e5e46314",
        "アクセストークン 58488f8963fad63cd2c8bf1855225dc4 を再発行しました。",
        "認証トークン=67b066a9c1fcb87e469e864a3b6b9638", "token=275e215430850605776318c828031e6e",
        "Your new API token is c5afa9181cf87a8efa067c289f8f38a0."})
    @DisplayName("R2.4 hex tokens of 24+ characters next to a credential word are secrets")
    void hexTokens(String text) {
        assertThat(scan(text)).extracting(Finding::kind).containsExactly(FindingKind.SECRET_TOKEN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The token in the link expires after 24 hours.",
        "Your one-time token has expired; order 2024-11-21-0042 is still open.",
        "The key fix is in build 2024.11.21-0042, see the release notes."})
    @DisplayName("R2.4 credential words beside ordinary numbers are no secret")
    void tokenHardNegatives(String text) {
        assertThat(scan(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Use 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 for the integration.",
        "連携には 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 をお使いください。",
        "連携には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をお使いください。"})
    @DisplayName("R2.4 SendGrid keys are found by their shape anywhere")
    void sendGridKeys(String text) {
        assertThat(scan(text)).extracting(Finding::kind).containsExactly(FindingKind.API_KEY);
    }

    @Test
    @DisplayName("R4.1 an 18-digit card whose first 16 digits also pass Luhn is masked whole")
    void longestCardWins() {
        assertThat(CardData.mask("6228 0295 8117 6452 18")).isEqualTo("[card ****5218]");
        assertThat(CardData.mask("card 6228-0295-8117-6452-18 thanks")).isEqualTo("card [card ****5218] thanks");
        assertThat(CardData.mask("card 4111 1111 1111 1111 cvv 123")).isEqualTo("card [card ****1111] cvv [cvv ***]");
    }

    @Test
    @DisplayName("R4.1 masking a masked text changes nothing, even after a card word (Jazzer finding)")
    void maskIdempotentAfterCardWord() {
        String masked = CardData.mask("c\u0000Id 4111 1111 1111 1111 CVV 123");
        assertThat(masked).isEqualTo("c\u0000Id [card ****1111] CVV [cvv ***]");
        assertThat(CardData.mask(masked)).isEqualTo(masked);
        assertThat(CardData.mask("CID [card ****2559]")).isEqualTo("CID [card ****2559]");
        String twoCodes = CardData.mask("CID 123 #361");
        assertThat(twoCodes).isEqualTo("CID [cvv ***] #361");
        assertThat(CardData.mask(twoCodes)).isEqualTo(twoCodes);
        // a long digit run whose prefix is a card: what is left after it is checked again
        String longRun = CardData.mask("8x62000000000000000000000001103829");
        assertThat(longRun).isEqualTo("8x[card ****0000]");
        String sixes = CardData.mask("id " + "6".repeat(250) + " end");
        assertThat(sixes).isEqualTo("id [card ****6666] end");
        assertThat(CardData.mask(sixes)).isEqualTo(sixes);
        assertThat(CardData.mask(longRun)).isEqualTo(longRun);
        assertThat(LuhnRuns.firstValidRun(longRun)).isNull();
        // digits glued to a card through a character the normaliser drops (an emoji) do not hide it
        assertThat(CardData.mask("3\uD83D\uDE004111111111111111")).isIn("3\uD83D\uDE00[card ****1111]", "[card ****1111]");
        assertThat(CardData.mask("ref 4111111111111111\uD83D\uDE0099")).isEqualTo("ref [card ****1111]\uD83D\uDE0099");
    }
}
