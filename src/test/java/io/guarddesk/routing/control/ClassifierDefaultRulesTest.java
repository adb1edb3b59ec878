package io.guarddesk.routing.control;

import io.guarddesk.routing.entity.RuleKind;
import io.guarddesk.routing.entity.RuleLanguage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The default rules (R3.1) against every signal family the product names, and its classic hard negatives. */
class ClassifierDefaultRulesTest {

    private static final RuleSet DEFAULTS = RuleSet.compile(DefaultRules.load());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "個人情報の漏洩について確認させてください",
            "会員データが漏えいしていませんか",
            "顧客情報が流出したと聞きました",
            "アカウントに不正アクセスがありました",
            "不正ログインの通知が届きました",
            "御社になりすましたメールが来ました",
            "身に覚えのない注文の確認メールが来ました",
            "身に覚えのない会員登録のお知らせが届きました",
            "身に覚えのないメールが届きました",
            "パスワードが変更されたという通知が来ましたが、変更していません",
            "アカウントの乗っ取りにあいました",
            "返信に他人の情報が書かれていました",
            "請求書に別人の名前と住所がありました",
            "フィッシングメールではないでしょうか",
            "Was there a data leak at your company?",
            "Is my account part of the breach?",
            "My account was hacked last night",
            "I received a phishing email with your logo",
            "That was not me, please lock the account",
            "I didn't sign up for this service",
            "The receipt shows someone else's order",
            "When I log in I see someone else's account",
            "Your reply contains someone else's information",
            "There was unauthorized access to my mailbox",
            "Unauthorised access to my account!",
            "This looks like an account takeover",
            "I am a victim of identity theft",
            "I got a registration mail I never requested"})
    @DisplayName("R3.1 every signal family of the product fires with the default rules")
    void signalFamilies(String text) {
        assertThat(DEFAULTS.classify("", text).security()).as(text).isTrue();
        assertThat(DEFAULTS.classify(text, "").security()).as("in the subject: " + text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "I forgot my password",
            "How do I change my password?",
            "Reset my password please",
            "When will the security deposit be refunded?",
            "There is a leak in my kitchen from the water filter",
            "ログインできません",
            "パスワードを忘れました",
            "申込書に記入漏れがありました",
            "Please send the invoice for March",
            "My parcel has not arrived yet",
            "Please unsubscribe me from the newsletter",
            "メルマガの配信を停止してください",
            "配送状況を教えてください"})
    @DisplayName("R3.1 the hard negatives the product names are not tagged by the default rules")
    void hardNegatives(String text) {
        assertThat(DEFAULTS.classify("", text).matchedRules()).as(text).isEmpty();
    }

    @Test
    @DisplayName("R3.1 the defaults parse, have both kinds in both languages, and stay within the budget an admin is held to")
    void defaultsShape() {
        var definitions = DefaultRules.load();
        assertThat(DEFAULTS.skipped()).isEmpty();
        assertThat(DEFAULTS.phraseChars()).isLessThan(RuleCheck.MAX_PHRASE_CHARS);
        assertThat(definitions.size()).isLessThan(RuleCheck.MAX_RULES);
        for (var language : EnumSet.of(RuleLanguage.JA, RuleLanguage.EN)) {
            for (var kind : RuleKind.values()) {
                assertThat(definitions).anyMatch(d -> d.language() == language && d.kind() == kind);
            }
        }
        assertThat(definitions).extracting(RuleDefinition::pattern).doesNotHaveDuplicates();
    }
}
