package io.guarddesk.disclosure.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.guarddesk.disclosure.control.Directory.scanBody;
import static org.assertj.core.api.Assertions.assertThat;

class IdentifierFindingTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ACCOUNT_NUMBER | Taro's account is C-200567.
            ACCOUNT_NUMBER | account c 200 567 please
            ACCOUNT_NUMBER | 口座番号はＣ－２００５６７です
            ACCOUNT_NUMBER | ref C200567
            ACCOUNT_NUMBER | C\u200B-200\u200D567
            LOGIN_ID       | login: taro_suzuki77
            LOGIN_ID       | login: TARO_SUZUKI77
            LOGIN_ID       | ログインIDは ｔａｒｏ＿ｓｕｚｕｋｉ７７ です
            LOGIN_ID       | login: tаrо_suzuki77
            EMAIL          | mail him at taro.suzuki@example.com today
            EMAIL          | mail him at Taro.Suzuki@Example.COM.
            EMAIL          | ｔａｒｏ．ｓｕｚｕｋｉ＠ｅｘａｍｐｌｅ．ｃｏｍ
            EMAIL          | tаrо.suzuki@ехаmple.com
            PHONE          | call 090-8765-4321
            PHONE          | call (090)8765 4321
            PHONE          | call 090 8765 4321
            PHONE          | call +81 90 8765 4321
            PHONE          | call ＋８１－９０－８７６５－４３２１
            PHONE          | 電話は０９０ー８７６５ー４３２１まで
            PHONE          | call 06-2345-6789
            HOLDER_NAME    | Dear Taro Suzuki,
            HOLDER_NAME    | Dear SUZUKI Taro,
            HOLDER_NAME    | Dear suzuki, taro
            HOLDER_NAME    | Dear Tаrо Suzuki
            HOLDER_NAME    | Dear Ta\u200Bro Suzuki
            HOLDER_NAME    | 佐藤健一様のログインIDは
            HOLDER_NAME    | 佐藤 健一 様
            HOLDER_NAME    | 佐藤　健一様
            HOLDER_NAME    | サトウケンイチ様
            HOLDER_NAME    | さとうけんいち様
            HOLDER_NAME    | ｻﾄｳｹﾝｲﾁ様
            HOLDER_NAME    | スズキ・タロウ様
            """)
    @DisplayName("R2.4 each identifier kind of a foreign account is refused, however it is spelt")
    void foreignIdentifierRefused(FindingKind kind, String text) {
        List<Finding> findings = scanBody(text);
        assertThat(findings).extracting(Finding::kind).contains(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Your account C-100234 is active.
            Your login id is hanako.yamada and your address hanako.yamada@example.co.jp
            We will call you at 03-1234-5678 or +81 3 1234 5678.
            山田花子様、ヤマダ ハナコ様、やまだはなこ様
            Ｃ１００２３４
            """)
    @DisplayName("R2.6 the requester's own identifiers go out")
    void ownIdentifiersAllowed(String text) {
        assertThat(scanBody(text)).isEmpty();
    }

    @Test
    @DisplayName("R2.6 Allowance.none refuses every identifier, even the requester's")
    void noneRefusesAll() {
        List<Finding> findings = Directory.scan(Directory.all(),
                "C-100234 hanako.yamada@example.co.jp 03-1234-5678 山田花子", Allowance.none());
        assertThat(findings).extracting(Finding::kind).containsExactlyInAnyOrder(
                FindingKind.ACCOUNT_NUMBER, FindingKind.EMAIL, FindingKind.PHONE, FindingKind.HOLDER_NAME);
    }

    @Test
    @DisplayName("R2.4 ordinary text with numbers, dates, prices and names of nobody passes")
    void ordinaryTextPasses() {
        String text = """
                Dear customer, thank you for contacting us on 2024-11-21. Your order ORD-20241121-0042
                (¥12,800) has shipped. Our support line is 0120-000-000, open 9:00-18:00.
                Taro from support and Suzuki-san from billing will follow up.
                お問い合わせありがとうございます。山田様のご注文は発送済みです。佐藤が担当いたします。
                """;
        assertThat(scanBody(text)).isEmpty();
    }

    @Test
    @DisplayName("R2.5 a finding names kind and part, the offsets in the text as written, and a masked value")
    void findingMaskedWithOriginalOffsets() {
        String subject = "Re: ｔａｒｏ．ｓｕｚｕｋｉ＠ｅｘａｍｐｌｅ．ｃｏｍ";
        String body = "Hello,\nthe account is C-2\u200B00567 and the phone 090-8765-4321.";
        String attachment = "statement-C200567.pdf";
        List<Finding> findings = new DisclosureScanner(Directory.all()).scan(List.of(
                new OutgoingPart(OutgoingPart.Where.SUBJECT, subject),
                new OutgoingPart(OutgoingPart.Where.BODY, body),
                new OutgoingPart(OutgoingPart.Where.ATTACHMENT_NAME, attachment)), Directory.hanako());

        assertThat(findings).extracting(Finding::where, Finding::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OutgoingPart.Where.SUBJECT, FindingKind.EMAIL),
                org.assertj.core.groups.Tuple.tuple(OutgoingPart.Where.BODY, FindingKind.ACCOUNT_NUMBER),
                org.assertj.core.groups.Tuple.tuple(OutgoingPart.Where.BODY, FindingKind.PHONE),
                org.assertj.core.groups.Tuple.tuple(OutgoingPart.Where.ATTACHMENT_NAME, FindingKind.ACCOUNT_NUMBER));
        Finding email = findings.get(0);
        assertThat(subject.substring(email.start(), email.end())).isEqualTo("ｔａｒｏ．ｓｕｚｕｋｉ＠ｅｘａｍｐｌｅ．ｃｏｍ");
        Finding account = findings.get(1);
        assertThat(body.substring(account.start(), account.end())).isEqualTo("C-2\u200B00567");
        assertThat(account.masked()).isEqualTo("…567");
        Finding phone = findings.get(2);
        assertThat(body.substring(phone.start(), phone.end())).isEqualTo("090-8765-4321");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.masked()).startsWith("…").doesNotContain("200567").doesNotContain("8765");
            assertThat(f.kind().releasable()).isTrue();
        });
    }
}
