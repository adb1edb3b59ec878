package io.guarddesk.disclosure.corpus;

import io.guarddesk.disclosure.control.AccountIdentifiers;
import io.guarddesk.disclosure.control.OutgoingPart.Where;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a clean reply may carry and a naive guard would stop: the requester's own identifiers (R2.6),
 * their own reset link, and hard negatives — the words "password", "token", "API key" without a
 * secret, numbers of card length that fail Luhn, the last four digits of a card.
 */
final class CleanInserts {

    record Insert(String category, Where where, String sentence, List<String> ownResetTokens) {
        static Insert body(String category, String sentence) {
            return new Insert(category, Where.BODY, sentence, List.of());
        }
    }

    interface Maker {
        Insert make(Random rnd, boolean ja, Person me);
    }

    static final List<Maker> ALL = all();

    private CleanInserts() {
    }

    private static List<Maker> all() {
        List<Maker> m = new ArrayList<>();
        m.add((rnd, ja, me) -> Insert.body("own-account-number", (ja ? "お客様のアカウント番号は " : "Your account number is ")
                + own(rnd, me).accountNumber() + (ja ? " です。" : ".")));
        m.add((rnd, ja, me) -> Insert.body("own-account-number-full-width", (ja ? "ご契約番号：" : "Contract ID: ")
                + Obfuscation.fullWidth(own(rnd, me).accountNumber())));
        m.add((rnd, ja, me) -> Insert.body("own-account-number-regrouped", (ja ? "会員番号 " : "Account ")
                + Obfuscation.regroupAccount(own(rnd, me).accountNumber(), rnd.nextInt(3)) + (ja ? " にて承りました。" : " is confirmed.")));
        m.add((rnd, ja, me) -> Insert.body("own-login-id", (ja ? "ログインIDは「" : "Your login ID is ")
                + own(rnd, me).loginId() + (ja ? "」です。" : ".")));
        m.add((rnd, ja, me) -> Insert.body("own-login-id-upper", (ja ? "ユーザー名：" : "User name: ")
                + own(rnd, me).loginId().toUpperCase()));
        m.add((rnd, ja, me) -> Insert.body("own-email", (ja ? "ご登録のメールアドレス（" + me.email() + "）宛にお送りしました。"
                : "We sent the confirmation to " + me.email() + ".")));
        m.add((rnd, ja, me) -> Insert.body("own-email-case", (ja ? "連絡先：" : "Contact: ") + Obfuscation.mixedCase(me.email(), rnd)));
        m.add((rnd, ja, me) -> Insert.body("own-phone", (ja ? "ご登録の電話番号 " : "We will call you at ")
                + Phones.format(me.phoneDigits(), Directory.pick(rnd, List.of(Phones.Style.values())))
                + (ja ? " へお電話いたします。" : " tomorrow.")));
        m.add((rnd, ja, me) -> Insert.body("own-phone-full-width", (ja ? "電話番号：" : "Phone: ")
                + Obfuscation.fullWidth(Phones.format(me.phoneDigits(), Phones.Style.HYPHEN))));
        m.add((rnd, ja, me) -> Insert.body("own-name", (ja ? "ご契約者：" : "Account holder: ") + ownName(rnd, me)));
        m.add((rnd, ja, me) -> Insert.body("own-accounts-both", me.accounts().size() < 2
                ? (ja ? "ご契約のアカウントは " + me.primary().accountNumber() + " の1件です。"
                        : "You have one account, " + me.primary().accountNumber() + ".")
                : (ja ? "お客様名義のアカウント " + me.accounts().get(0).accountNumber() + " と "
                        + me.accounts().get(1).accountNumber() + " の両方で変更いたしました。"
                        : "We made the change on both of your accounts, " + me.accounts().get(0).accountNumber()
                        + " and " + me.accounts().get(1).accountNumber() + ".")));
        m.add((rnd, ja, me) -> new Insert("own-account-number-subject", Where.SUBJECT,
                (ja ? "Re: " + own(rnd, me).accountNumber() + " のご契約について" : "Re: your account " + own(rnd, me).accountNumber()),
                List.of()));
        m.add((rnd, ja, me) -> new Insert("own-name-attachment", Where.ATTACHMENT_NAME,
                (me.japanese() ? me.familyName() + me.givenName() + "様_ご請求書.pdf" : "invoice_" + me.givenName() + "_" + me.familyName() + ".pdf"),
                List.of()));
        m.add((rnd, ja, me) -> {
            String token = Secrets.resetToken(rnd);
            return new Insert("own-reset-token", Where.BODY, (ja ? "パスワード再設定用リンク（24時間有効）：" : "Your password reset link (valid for 24 hours): ")
                    + CompanyFacts.PORTAL + "/reset?token=" + token, List.of(token));
        });
        m.add((rnd, ja, me) -> Insert.body("own-login-and-no-password", ja
                ? "ログインID：" + own(rnd, me).loginId() + "\nパスワード：再設定リンクよりご自身で設定してください"
                : "Login ID: " + own(rnd, me).loginId() + "\nPassword: please use the reset link below"));
        hardNegatives(m);
        return List.copyOf(m);
    }

    private static void hardNegatives(List<Maker> m) {
        negative(m, "forgot-password", "パスワードを忘れた場合は、ログイン画面の「パスワードをお忘れの方」から再設定してください。",
                "If you forgot your password, use the link on the sign-in page.");
        negative(m, "quoted-forgot-password", "> パスワードを忘れてしまい、ログインできません。", "> I forgot my password and cannot log in.");
        negative(m, "password-label-no-secret", "パスワード：再設定リンクからご設定ください", "Password: please use the reset link below");
        negative(m, "password-not-shown", "パスワード：（セキュリティのため記載しておりません）", "Password: (not shown for security reasons)");
        negative(m, "password-policy", "パスワードは8文字以上で、英字と数字を組み合わせてください。",
                "Your new password must be at least 8 characters and mix letters and digits.");
        negative(m, "api-key-page", "APIキーの設定ページから、キーの再発行が可能です。", "You can create or revoke keys on your API key settings page.");
        negative(m, "token-expiry", "トークンの有効期限は24時間です。", "The token in the link expires after 24 hours.");
        negative(m, "token-word", "ワンタイムトークンの有効期限が切れています。お手数ですが再度お手続きください。",
                "Your one-time token has expired; please request a new one.");
        negative(m, "private-key-warning", "秘密鍵やリカバリーフレーズを当社がお尋ねすることはございません。",
                "Never share your private key or recovery phrase with anyone, including us.");
        negative(m, "card-last-four", "下4桁が{last4}のカードでお支払いが完了しています。", "The card ending in {last4} was charged {usd}.");
        negative(m, "cvv-warning", "カード裏面のセキュリティコードは、メールに記載しないでください。",
                "Please never write the security code on the back of your card in an e-mail.");
        negative(m, "order-numbers", "注文番号 {order} と {order} はまとめて発送いたします。", "Orders {order} and {order} will ship together.");
        negative(m, "tracking-and-postal", "〒{postal} 宛の荷物（伝票番号 {tracking}）は{datejp}に配達済みです。",
                "The parcel to postal code {postal} (tracking {tracking}) was delivered on {date}.");
        negative(m, "company-contacts", "お電話でのお問い合わせは {company_phone}、メールは {company_mail} までお願いいたします。",
                "You can reach us at {company_phone} or {company_mail}.");
        negative(m, "prices-and-times", "{datejp} {time}時点の残高は{yen}です。次回のお引き落としは{yen}です。",
                "As of {date} {time} your balance is {usd}; the next charge will be {usd}.");
        m.add((rnd, ja, me) -> Insert.body("non-luhn-16", (ja ? "会員カード番号：" : "Membership card no. ")
                + Secrets.grouped(Secrets.notLuhn(rnd, 16), rnd.nextBoolean() ? " " : "-")));
        m.add((rnd, ja, me) -> Insert.body("non-luhn-16-plain", (ja ? "お問い合わせ番号 " : "Case number ") + Secrets.notLuhn(rnd, 16)));
        m.add((rnd, ja, me) -> Insert.body("plain", ""));
    }

    private static void negative(List<Maker> m, String category, String ja, String en) {
        m.add((rnd, isJa, me) -> Insert.body(category, (isJa ? ja : en)
                .replace("{last4}", Directory.digits(rnd, 4))));
    }

    private static AccountIdentifiers own(Random rnd, Person me) {
        return me.accounts().get(rnd.nextInt(me.accounts().size()));
    }

    private static String ownName(Random rnd, Person me) {
        if (!me.japanese()) {
            return rnd.nextBoolean() ? me.givenName() + " " + me.familyName() : me.familyName() + ", " + me.givenName();
        }
        return switch (rnd.nextInt(4)) {
            case 0 -> me.familyName() + " " + me.givenName() + " 様";
            case 1 -> me.familyName() + me.givenName() + "様";
            case 2 -> me.familyKana() + " " + me.givenKana() + " 様";
            default -> Names.hiragana(me.familyKana() + me.givenKana()) + " 様";
        };
    }
}
