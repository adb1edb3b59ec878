package io.guarddesk.disclosure.corpus;

import io.guarddesk.disclosure.control.FindingKind;
import io.guarddesk.disclosure.control.OutgoingPart.Where;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static io.guarddesk.disclosure.control.FindingKind.API_KEY;
import static io.guarddesk.disclosure.control.FindingKind.JWT;
import static io.guarddesk.disclosure.control.FindingKind.PASSWORD;
import static io.guarddesk.disclosure.control.FindingKind.PRIVATE_KEY;
import static io.guarddesk.disclosure.control.FindingKind.RESET_TOKEN;
import static io.guarddesk.disclosure.control.FindingKind.SECRET_TOKEN;

/**
 * What a positive reply carries that is credential-shaped ({@link Label#CREDENTIAL}): a password
 * after a label (as in incident #1), API keys of several providers, JWTs, private keys, opaque
 * tokens after "token"/"トークン", another account's reset token. {@code {login}} in a sentence is
 * the requester's own login ID: their own ID beside a password is still a password sent by mail.
 */
final class Credentials {

    record Recipe(FindingKind kind, String variant, String sentenceJa, String sentenceEn, Function<Random, String> value) {
        Plants.Plant make(Random rnd, boolean ja) {
            return new Plants.Plant(kind, variant, Label.CREDENTIAL, Where.BODY, value.apply(rnd), ja ? sentenceJa : sentenceEn);
        }
    }

    static final List<Recipe> ALL = all();

    private Credentials() {
    }

    private static List<Recipe> all() {
        List<Recipe> r = new ArrayList<>();
        r.add(new Recipe(PASSWORD, "label-colon", "パスワード：{x}", "Password: {x}", Secrets::password));
        r.add(new Recipe(PASSWORD, "temporary", "初期パスワード: {x}", "Your temporary password: {x}", Secrets::password));
        r.add(new Recipe(PASSWORD, "equals", "PW={x}", "password = {x}", Secrets::password));
        r.add(new Recipe(PASSWORD, "with-login", "ログインID：{login}\nパスワード：{x}", "Login ID: {login}\nPassword: {x}",
                Secrets::password));
        r.add(new Recipe(PASSWORD, "quoted", "パスワードは「{x}」です。", "Your password is \"{x}\".", Secrets::password));
        r.add(new Recipe(PASSWORD, "ideographic-space", "仮パスワード　{x}", "pwd: {x}", Secrets::password));
        r.add(new Recipe(PASSWORD, "full-width-label", "ＰＷ：{x}", "PASSWORD:{x}", Secrets::password));

        r.add(new Recipe(API_KEY, "labelled", "APIキー：{x}", "API key: {x}", rnd -> Secrets.apiKey(rnd).value()));
        r.add(new Recipe(API_KEY, "config-line", "設定ファイルに次の行を追加してください。\nexport SERVICE_KEY={x}",
                "Add this line to your settings:\nexport SERVICE_KEY={x}", rnd -> Secrets.apiKey(rnd).value()));
        r.add(new Recipe(API_KEY, "in-sentence", "連携には {x} をお使いください。", "Use {x} for the integration.",
                rnd -> Secrets.apiKey(rnd).value()));

        r.add(new Recipe(JWT, "bearer", "Authorization: Bearer {x}", "Authorization: Bearer {x}", Secrets::jwt));
        r.add(new Recipe(JWT, "bare", "セッション情報：{x}", "Session: {x}", Secrets::jwt));

        r.add(new Recipe(PRIVATE_KEY, "pem", "鍵ファイルの内容は次のとおりです。\n{x}", "Here is the key file:\n{x}",
                Secrets::privateKey));

        r.add(new Recipe(SECRET_TOKEN, "token-colon", "トークン：{x}", "access token: {x}", Secrets::opaqueToken));
        r.add(new Recipe(SECRET_TOKEN, "token-equals", "認証トークン={x}", "token={x}", Secrets::opaqueToken));
        r.add(new Recipe(SECRET_TOKEN, "bearer", "Authorization: Bearer {x}", "Authorization: Bearer {x}", Secrets::opaqueToken));
        r.add(new Recipe(SECRET_TOKEN, "sentence", "アクセストークン {x} を再発行しました。", "Your new API token is {x}.",
                Secrets::opaqueToken));

        r.add(new Recipe(RESET_TOKEN, "link", "再設定URL：" + CompanyFacts.PORTAL + "/reset?token={x}",
                "Reset link: " + CompanyFacts.PORTAL + "/reset?token={x}", Secrets::resetToken));
        r.add(new Recipe(RESET_TOKEN, "path", "こちらから再設定してください：" + CompanyFacts.PORTAL + "/r/{x}",
                "Choose a new password here: " + CompanyFacts.PORTAL + "/r/{x}", Secrets::resetToken));
        r.add(new Recipe(RESET_TOKEN, "bare", "再設定コード：{x}", "Reset code: {x}", Secrets::resetToken));
        return List.copyOf(r);
    }
}
