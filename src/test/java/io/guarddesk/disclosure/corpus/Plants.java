package io.guarddesk.disclosure.corpus;

import io.guarddesk.disclosure.control.AccountIdentifiers;
import io.guarddesk.disclosure.control.FindingKind;
import io.guarddesk.disclosure.control.OutgoingPart.Where;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

import static io.guarddesk.disclosure.control.FindingKind.ACCOUNT_NUMBER;
import static io.guarddesk.disclosure.control.FindingKind.CARD_NUMBER;
import static io.guarddesk.disclosure.control.FindingKind.EMAIL;
import static io.guarddesk.disclosure.control.FindingKind.HOLDER_NAME;
import static io.guarddesk.disclosure.control.FindingKind.LOGIN_ID;
import static io.guarddesk.disclosure.control.FindingKind.PHONE;

/**
 * What a positive reply carries that must stop it: an identifier of a foreign account, plain or
 * disguised, or a card number ({@link Label#EXACT}). Each recipe is one kind and one disguise;
 * the generator walks them in turn so that every disguise is tried on every kind many times.
 */
final class Plants {

    /** The value as it appears in the text, and the sentence around it ({@code {x}} marks the value). */
    record Plant(FindingKind kind, String variant, Label label, Where where, String value, String sentence) {
    }

    /** {@code japaneseHolder}: true or false when the recipe needs a foreign holder with such a name, null for any. */
    record Recipe(FindingKind kind, String variant, Boolean japaneseHolder, Maker maker) {
    }

    interface Maker {
        Plant make(Random rnd, boolean ja, Person foreign, AccountIdentifiers account);
    }

    static final List<Recipe> EXACT = exact();

    private Plants() {
    }

    private static List<Recipe> exact() {
        List<Recipe> r = new ArrayList<>();
        String[] acctJa = {"お客様のアカウント番号は {x} です。", "ご契約番号：{x}", "{x} のご請求を確認いたしました。",
                "契約ID{x}の配送先を変更しました。", "会員番号（{x}）にて本人確認が完了しております。"};
        String[] acctEn = {"Your account number is {x}.", "I have checked account {x} and the payment went through.",
                "Please quote {x} when you contact us again.", "Contract ID: {x}", "The subscription on account {x} was renewed on {date}."};
        body(r, ACCOUNT_NUMBER, "plain", acctJa, acctEn, (rnd, a) -> a.accountNumber());
        body(r, ACCOUNT_NUMBER, "lower", acctJa, acctEn, (rnd, a) -> a.accountNumber().toLowerCase());
        for (int style = 0; style < 6; style++) {
            int s = style;
            body(r, ACCOUNT_NUMBER, "regrouped-" + s, acctJa, acctEn, (rnd, a) -> Obfuscation.regroupAccount(a.accountNumber(), s));
        }
        body(r, ACCOUNT_NUMBER, "full-width", acctJa, acctEn, (rnd, a) -> Obfuscation.fullWidth(a.accountNumber()));
        body(r, ACCOUNT_NUMBER, "zero-width", acctJa, acctEn, (rnd, a) -> Obfuscation.zeroWidth(a.accountNumber(), rnd));
        body(r, ACCOUNT_NUMBER, "look-alike", acctJa, acctEn, (rnd, a) -> "С" + a.accountNumber().substring(1));
        body(r, ACCOUNT_NUMBER, "line-break", acctJa, acctEn, (rnd, a) -> Obfuscation.lineBreak(a.accountNumber(), rnd));
        elsewhere(r, ACCOUNT_NUMBER, (rnd, a) -> a.accountNumber(), "Re: {x} のご契約について", "Re: your account {x}",
                "請求書_{x}.pdf", "invoice-{x}.pdf");

        String[] loginJa = {"ログインID：{x}", "ログインIDは「{x}」です。", "ユーザー名 {x} のロックを解除しました。", "ID: {x} でログインしてください。"};
        String[] loginEn = {"Your login ID is {x}.", "Please sign in with the user name {x} and the link below.",
                "The login ID {x} has been unlocked.", "User: {x}"};
        body(r, LOGIN_ID, "plain", loginJa, loginEn, (rnd, a) -> a.loginId());
        body(r, LOGIN_ID, "upper", loginJa, loginEn, (rnd, a) -> Obfuscation.upper(a.loginId()));
        body(r, LOGIN_ID, "mixed-case", loginJa, loginEn, (rnd, a) -> Obfuscation.mixedCase(a.loginId(), rnd));
        body(r, LOGIN_ID, "full-width", loginJa, loginEn, (rnd, a) -> Obfuscation.fullWidth(a.loginId()));
        body(r, LOGIN_ID, "zero-width", loginJa, loginEn, (rnd, a) -> Obfuscation.zeroWidth(a.loginId(), rnd));
        body(r, LOGIN_ID, "look-alike", loginJa, loginEn, (rnd, a) -> Obfuscation.lookAlike(a.loginId(), rnd));
        elsewhere(r, LOGIN_ID, (rnd, a) -> a.loginId(), "Re: ログインID {x} について", "Re: login {x}",
                "{x}_利用履歴.csv", "{x}-history.csv");

        String[] mailJa = {"ご登録のメールアドレス（{x}）宛に送信いたしました。", "連絡先メール：{x}", "{x} 様宛の確認メールを再送しました。"};
        String[] mailEn = {"We sent the confirmation to {x}.", "The registered address is {x}.", "Replies will go to <{x}> from now on."};
        body(r, EMAIL, "plain", mailJa, mailEn, (rnd, a) -> a.ownerEmail());
        body(r, EMAIL, "case", mailJa, mailEn, (rnd, a) -> Obfuscation.mixedCase(a.ownerEmail(), rnd));
        body(r, EMAIL, "full-width", mailJa, mailEn, (rnd, a) -> Obfuscation.fullWidth(a.ownerEmail()));
        body(r, EMAIL, "zero-width", mailJa, mailEn, (rnd, a) -> Obfuscation.zeroWidth(a.ownerEmail(), rnd));
        body(r, EMAIL, "look-alike", mailJa, mailEn, (rnd, a) -> Obfuscation.lookAlike(a.ownerEmail(), rnd));
        body(r, EMAIL, "mailto", mailJa, mailEn, (rnd, a) -> "mailto:" + a.ownerEmail());
        elsewhere(r, EMAIL, (rnd, a) -> a.ownerEmail(), "Re: {x} からのお問い合わせ", "Re: message from {x}",
                "{x}.eml", "{x}.eml");

        String[] phoneJa = {"ご登録の電話番号 {x} へSMSを送信しました。", "電話番号：{x}", "折り返し{x}までお電話いたします。"};
        String[] phoneEn = {"We will call you at {x} tomorrow.", "Registered phone: {x}", "The SMS code was sent to {x}."};
        body(r, PHONE, "as-stored", phoneJa, phoneEn, (rnd, a) -> a.phone());
        for (Phones.Style style : Phones.Style.values()) {
            body(r, PHONE, style.name().toLowerCase().replace('_', '-'), phoneJa, phoneEn,
                    (rnd, a) -> Phones.format(digitsOf(a.phone()), style));
        }
        body(r, PHONE, "full-width", phoneJa, phoneEn, (rnd, a) -> Obfuscation.fullWidth(Phones.format(digitsOf(a.phone()), Phones.Style.HYPHEN)));
        body(r, PHONE, "zero-width", phoneJa, phoneEn, (rnd, a) -> Obfuscation.zeroWidth(Phones.format(digitsOf(a.phone()), Phones.Style.HYPHEN), rnd));
        body(r, PHONE, "line-break", phoneJa, phoneEn, (rnd, a) -> Obfuscation.lineBreak(Phones.format(digitsOf(a.phone()), Phones.Style.HYPHEN), rnd));

        names(r);
        cards(r);
        return List.copyOf(r);
    }

    private static void names(List<Recipe> r) {
        String[] ja = {"{x} 様", "{x}様のご契約内容は以下のとおりです。", "名義人：{x}", "ご契約者 {x} 様より承っております。"};
        String[] en = {"Dear {x},", "The account holder is {x}.", "This order was placed by {x}.", "Name on the account: {x}"};
        japaneseName(r, "kanji-space", ja, en, (p, rnd) -> p.familyName() + " " + p.givenName());
        japaneseName(r, "kanji-no-space", ja, en, (p, rnd) -> p.familyName() + p.givenName());
        japaneseName(r, "ideographic-space", ja, en, (p, rnd) -> p.familyName() + "\u3000" + p.givenName());
        japaneseName(r, "kana", ja, en, (p, rnd) -> p.familyKana() + " " + p.givenKana());
        japaneseName(r, "kana-no-space", ja, en, (p, rnd) -> p.familyKana() + p.givenKana());
        japaneseName(r, "hiragana", ja, en, (p, rnd) -> Names.hiragana(p.familyKana() + " " + p.givenKana()));
        japaneseName(r, "half-width-kana", ja, en, (p, rnd) -> halfWidthKana(p.familyKana() + " " + p.givenKana()));
        japaneseName(r, "zero-width", ja, en, (p, rnd) -> Obfuscation.zeroWidth(p.familyName() + p.givenName(), rnd));
        latinName(r, "first-last", ja, en, (p, rnd) -> p.givenName() + " " + p.familyName());
        latinName(r, "last-first", ja, en, (p, rnd) -> p.familyName() + " " + p.givenName());
        latinName(r, "LAST-first", ja, en, (p, rnd) -> p.familyName().toUpperCase() + " " + p.givenName());
        latinName(r, "last-comma-first", ja, en, (p, rnd) -> p.familyName() + ", " + p.givenName());
        latinName(r, "lower-case", ja, en, (p, rnd) -> (p.givenName() + " " + p.familyName()).toLowerCase());
        latinName(r, "double-space", ja, en, (p, rnd) -> p.givenName() + "  " + p.familyName());
        latinName(r, "look-alike", ja, en, (p, rnd) -> Obfuscation.lookAlike(p.givenName() + " " + p.familyName(), rnd));
        latinName(r, "zero-width", ja, en, (p, rnd) -> Obfuscation.zeroWidth(p.givenName() + " " + p.familyName(), rnd));
        r.add(new Recipe(HOLDER_NAME, "subject", null, (rnd, isJa, p, a) -> new Plant(HOLDER_NAME, "subject", Label.EXACT,
                Where.SUBJECT, p.fullName(), isJa ? "Re: {x}様のご契約について" : "Re: the account of {x}")));
        r.add(new Recipe(HOLDER_NAME, "attachment", null, (rnd, isJa, p, a) -> new Plant(HOLDER_NAME, "attachment",
                Label.EXACT, Where.ATTACHMENT_NAME,
                p.japanese() ? p.familyName() + p.givenName() : p.givenName() + "_" + p.familyName(),
                isJa ? "{x}様_ご契約内容.pdf" : "contract_{x}.pdf")));
    }

    private static void cards(List<Recipe> r) {
        String[] ja = {"カード番号：{x}", "ご登録のカード（{x}）で決済いたしました。", "{x} のカードは有効期限切れです。"};
        String[] en = {"Card number: {x}, expiry 12/27", "The card {x} was charged {usd}.", "Please confirm the card {x} is yours."};
        card(r, "spaces", ja, en, (c, rnd) -> Secrets.grouped(c, " "));
        card(r, "hyphens", ja, en, (c, rnd) -> Secrets.grouped(c, "-"));
        card(r, "plain", ja, en, (c, rnd) -> c);
        card(r, "dots", ja, en, (c, rnd) -> Secrets.grouped(c, "."));
        card(r, "full-width", ja, en, (c, rnd) -> Obfuscation.fullWidth(Secrets.grouped(c, " ")));
        card(r, "line-break", ja, en, (c, rnd) -> Secrets.grouped(c, " ").replaceFirst(" ", "\n"));
        card(r, "zero-width", ja, en, (c, rnd) -> Obfuscation.zeroWidth(c, rnd));
        card(r, "mixed-separators", ja, en, (c, rnd) -> c.substring(0, 4) + " " + c.substring(4, 8) + "-" + c.substring(8));
    }

    private static void body(List<Recipe> r, FindingKind kind, String variant, String[] ja, String[] en,
                             BiFunction<Random, AccountIdentifiers, String> value) {
        r.add(new Recipe(kind, variant, null, (rnd, isJa, p, a) -> new Plant(kind, variant, Label.EXACT, Where.BODY,
                value.apply(rnd, a), pickSentence(rnd, isJa ? ja : en))));
    }

    private static void elsewhere(List<Recipe> r, FindingKind kind, BiFunction<Random, AccountIdentifiers, String> value,
                                  String subjectJa, String subjectEn, String fileJa, String fileEn) {
        r.add(new Recipe(kind, "subject", null, (rnd, ja, p, a) -> new Plant(kind, "subject", Label.EXACT, Where.SUBJECT,
                value.apply(rnd, a), ja ? subjectJa : subjectEn)));
        r.add(new Recipe(kind, "attachment", null, (rnd, ja, p, a) -> new Plant(kind, "attachment", Label.EXACT,
                Where.ATTACHMENT_NAME, value.apply(rnd, a), ja ? fileJa : fileEn)));
    }

    private static void japaneseName(List<Recipe> r, String variant, String[] ja, String[] en,
                                     BiFunction<Person, Random, String> value) {
        r.add(new Recipe(HOLDER_NAME, "ja-" + variant, true, (rnd, isJa, p, a) -> new Plant(HOLDER_NAME,
                "ja-" + variant, Label.EXACT, Where.BODY, value.apply(p, rnd), pickSentence(rnd, isJa ? ja : en))));
    }

    private static void latinName(List<Recipe> r, String variant, String[] ja, String[] en,
                                  BiFunction<Person, Random, String> value) {
        r.add(new Recipe(HOLDER_NAME, "latin-" + variant, false, (rnd, isJa, p, a) -> new Plant(HOLDER_NAME,
                "latin-" + variant, Label.EXACT, Where.BODY, value.apply(p, rnd), pickSentence(rnd, isJa ? ja : en))));
    }

    private static void card(List<Recipe> r, String variant, String[] ja, String[] en,
                             BiFunction<String, Random, String> value) {
        r.add(new Recipe(CARD_NUMBER, variant, null, (rnd, isJa, p, a) -> {
            Secrets.Card card = Secrets.card(rnd);
            return new Plant(CARD_NUMBER, variant + "/" + card.brand(), Label.EXACT, Where.BODY,
                    value.apply(card.digits(), rnd), pickSentence(rnd, isJa ? ja : en));
        }));
    }

    static String pickSentence(Random rnd, String[] sentences) {
        return sentences[rnd.nextInt(sentences.length)];
    }

    /** National digits of a stored phone, whatever its format ({@code +81-90-…} becomes {@code 090…}). */
    static String digitsOf(String phone) {
        String d = phone.replaceAll("\\D", "");
        return phone.startsWith("+81") ? "0" + d.substring(2) : d;
    }

    private static String halfWidthKana(String kana) {
        return Normalizer.normalize(kana, Normalizer.Form.NFKC).chars()
                .mapToObj(c -> HALF.getOrDefault((char) c, String.valueOf((char) c)))
                .reduce("", String::concat);
    }

    private static final Map<Character, String> HALF = halfWidthTable();

    private static Map<Character, String> halfWidthTable() {
        String full = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー ";
        String half = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ ";
        Map<Character, String> m = new HashMap<>();
        for (int i = 0; i < full.length(); i++) {
            m.put(full.charAt(i), String.valueOf(half.charAt(i)));
        }
        String voiced = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ";
        String base = "ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎ";
        for (int i = 0; i < voiced.length(); i++) {
            m.put(voiced.charAt(i), base.charAt(i) + "ﾞ");
        }
        String semi = "パピプペポ";
        for (int i = 0; i < semi.length(); i++) {
            m.put(semi.charAt(i), "ﾊﾋﾌﾍﾎ".charAt(i) + "ﾟ");
        }
        return m;
    }
}
