package io.guarddesk.disclosure.control;

import io.guarddesk.disclosure.control.OutgoingPart.Where;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * INCIDENTS.md #1 at the scanner: support answered customer A's request for her login information
 * with the login ID, password and contract of customer B, "copied the wrong one".
 */
class IncidentOneReplayTest {

    private final AccountIdentifiers a = new AccountIdentifiers("C-204518", "misaki.k", "misaki.kato@example.co.jp",
            "加藤 美咲", "カトウ ミサキ", "090-3318-2207");
    private final AccountIdentifiers b = new AccountIdentifiers("C-377190", "sunrise_shop21", "owner@sunrise-shop.example.jp",
            "森田 修", "モリタ オサム", "03-5321-7744");
    private final DisclosureScanner scanner = new DisclosureScanner(
            IdentifierIndex.builder(2).add(a).add(b).build());
    private final Allowance toA = Allowance.of(List.of(a), a.ownerEmail(), List.of());

    @Test
    @DisplayName("R2.4 incident #1: a reply to A with B's contract ID, name, login ID and a password is refused for each")
    void replyToAWithBsLogin() {
        String body = """
                加藤 美咲 様

                ログイン情報が届かないとのこと、大変失礼いたしました。
                以下の情報でログインしてください。

                ご契約ID：C-377190
                ご契約者名：森田 修 様
                ログインURL：https://members.example.jp/login
                ログインID：sunrise_shop21
                パスワード：Tq7-mPz93k

                よろしくお願いいたします。""";

        List<Finding> findings = scanner.scan(List.of(new OutgoingPart(Where.SUBJECT, "Re: ログイン情報について"),
                new OutgoingPart(Where.BODY, body)), toA);

        assertThat(findings).extracting(Finding::kind).contains(FindingKind.ACCOUNT_NUMBER, FindingKind.HOLDER_NAME,
                FindingKind.LOGIN_ID, FindingKind.PASSWORD);
        assertFound(findings, body, "C-377190", FindingKind.ACCOUNT_NUMBER);
        assertFound(findings, body, "森田 修", FindingKind.HOLDER_NAME);
        assertFound(findings, body, "sunrise_shop21", FindingKind.LOGIN_ID);
        assertFound(findings, body, "Tq7-mPz93k", FindingKind.PASSWORD);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.where()).isEqualTo(Where.BODY);
            assertThat(f.masked()).doesNotContain("377190", "sunrise_shop21", "Tq7-mPz93k");
        });
    }

    @Test
    @DisplayName("R2.6 incident #1: the same reply with only A's own data and a reset link of her own goes out")
    void replyToAWithHerOwnData() {
        String token = "gdr1.c2FtcGxlLXBheWxvYWQtZm9yLUE.c2lnbmF0dXJlLW9mLXRoZS1yZXNldC10b2tlbg";
        String body = """
                加藤 美咲 様

                ログイン情報が届かないとのこと、大変失礼いたしました。
                以下の情報でログインしてください。

                ご契約ID：C-204518
                ご契約者名：加藤 美咲 様
                ログインURL：https://members.example.jp/login
                ログインID：misaki.k
                パスワード：下記のリンクから再設定してください（24時間有効）
                https://members.example.jp/reset?token=%s

                ご登録の電話番号 090-3318-2207 にもSMSでお知らせしております。
                よろしくお願いいたします。""".formatted(token);

        List<Finding> findings = scanner.scan(List.of(new OutgoingPart(Where.SUBJECT, "Re: ログイン情報について"),
                new OutgoingPart(Where.BODY, body)), Allowance.of(List.of(a), a.ownerEmail(), List.of(token)));

        assertThat(findings).isEmpty();
    }

    @Test
    @DisplayName("R1.3 incident #1: A's own data is refused when the requester is not verified")
    void ownDataWithoutVerification() {
        String body = "ご契約ID：C-204518\nログインID：misaki.k";

        List<Finding> findings = scanner.scan(List.of(new OutgoingPart(Where.BODY, body)), Allowance.none());

        assertThat(findings).extracting(Finding::kind).contains(FindingKind.ACCOUNT_NUMBER, FindingKind.LOGIN_ID);
    }

    private static void assertFound(List<Finding> findings, String text, String value, FindingKind kind) {
        int start = text.indexOf(value);
        assertThat(findings).as("%s as %s", value, kind)
                .anyMatch(f -> f.kind() == kind && f.start() < start + value.length() && f.end() > start);
    }
}
