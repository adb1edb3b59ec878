package io.guarddesk.disclosure.corpus;

import java.util.List;

/**
 * The hand-written frames of agent replies: a subject and paragraphs per topic, in Japanese and
 * English. Placeholders in braces are filled with ordinary values ({@code {date}}, {@code {price}},
 * {@code {order}} …) by {@link Ordinary}; a planted sentence goes between two paragraphs.
 */
final class Frames {

    record Topic(String name, List<String> subjects, List<String> paragraphs) {
    }

    static final List<Topic> JA = List.of(
            new Topic("login", List.of("ログインできない件について", "Re: ログインについて", "【{ref}】ログイン情報のお問い合わせ"), List.of(
                    "ログインできないとのこと、ご不便をおかけして申し訳ございません。",
                    "{date} {time}頃にログインが5回失敗したため、安全のため一時的にロックされておりました。現在はロックを解除しております。",
                    "ブラウザのキャッシュを削除したうえで、{portal} から再度お試しください。",
                    "二段階認証の確認コードがSMSで届かない場合は、受信設定をご確認ください。")),
            new Topic("billing", List.of("ご請求内容について", "Re: 請求額の確認", "【{ref}】お支払いについて"), List.of(
                    "{datejp}付のご請求額は{yen}（税込）でございます。",
                    "ご注文番号 {order} の代金は、{datejp}にお引き落としとなります。",
                    "二重にご請求となっていた{yen}は、{datejp}までにご返金いたします。",
                    "月額プラン（{yen}／月）への変更は翌月1日から適用されます。")),
            new Topic("address", List.of("ご住所変更の件", "Re: お届け先の変更", "【{ref}】登録情報の変更"), List.of(
                    "お届け先ご住所の変更を承りました。新しいご住所（〒{postal}）は次回発送分から反映されます。",
                    "変更手続きは{datejp}に完了しております。",
                    "マイページの「登録情報」からも、いつでもご住所を変更いただけます。",
                    "発送準備に入ったご注文（{order}）につきましては、変更前のご住所へお届けとなります。")),
            new Topic("delivery", List.of("配送状況のご案内", "Re: 商品がまだ届きません", "【{ref}】お届け予定について"), List.of(
                    "ご注文の商品は{datejp}に発送済みでございます。お問い合わせ伝票番号は {tracking} です。",
                    "配送業者の状況により、お届けが{date}頃になる見込みです。",
                    "不在票が入っていた場合は、配送業者へ直接ご連絡ください。",
                    "ご注文番号 {order} の商品は、在庫確保のため発送が{time}以降となります。")),
            new Topic("cancel", List.of("解約手続きについて", "Re: 退会したい", "【{ref}】ご解約のご案内"), List.of(
                    "ご解約のお申し出を承りました。{datejp}をもって自動更新を停止いたします。",
                    "日割りでのご返金はございませんが、{datejp}まではご利用いただけます。",
                    "再度ご利用の際は、同じメールアドレスで新規にお申し込みいただけます。",
                    "解約手数料として{yen}が発生いたしますので、あらかじめご了承ください。")),
            new Topic("reset", List.of("パスワード再設定のご案内", "Re: パスワードが分からない", "【{ref}】ログイン情報について"), List.of(
                    "セキュリティ上の理由により、パスワードをメールでお知らせすることはできません。",
                    "ログイン画面の「パスワードをお忘れの方」から再設定をお願いいたします。",
                    "再設定用のリンクの有効期限は24時間です。期限が切れた場合は、お手数ですが再度お手続きください。",
                    "再設定後は、他のサービスと同じパスワードを使い回さないようお願いいたします。")),
            new Topic("refund", List.of("返品・返金について", "Re: 返品したい", "【{ref}】返金処理のご連絡"), List.of(
                    "返品商品の到着を{datejp}に確認いたしました。",
                    "返金額{yen}は、ご利用のお支払い方法へ{date}までに返金いたします。",
                    "返送料は当社にて負担いたします。着払いにてお送りください。",
                    "カード会社の締め日によっては、返金の反映が翌月になる場合がございます。")),
            new Topic("security", List.of("不審なログインについて", "Re: 身に覚えのないメール", "【{ref}】セキュリティに関するご連絡"), List.of(
                    "{datejp} {time}に、普段と異なる環境からのログインがございました。",
                    "お心当たりがない場合は、パスワードの再設定をお願いいたします。",
                    "当社からメールでパスワードやカード番号をお尋ねすることはございません。",
                    "本件はセキュリティ担当部署にて確認し、改めてご連絡いたします。")));

    static final List<Topic> EN = List.of(
            new Topic("login", List.of("Trouble signing in", "Re: Can't log in", "[{ref}] Your sign-in question"), List.of(
                    "Sorry to hear you could not sign in.",
                    "After five failed attempts on {date} at {time} the account was locked for your protection; it is unlocked now.",
                    "Please clear your browser cache and try again at {portal}.",
                    "If the verification code does not arrive by SMS, please check that messages from short codes are allowed.")),
            new Topic("billing", List.of("About your invoice", "Re: Charge on my statement", "[{ref}] Your billing question"), List.of(
                    "The invoice dated {date} comes to {usd}, tax included.",
                    "Order {order} will be charged on {date}.",
                    "The duplicate charge of {usd} will be refunded by {date}.",
                    "The switch to the monthly plan ({usd} a month) takes effect on the first of next month.")),
            new Topic("address", List.of("Your change of address", "Re: Delivery address", "[{ref}] Account details updated"), List.of(
                    "We have updated your delivery address; the new one (postal code {postal}) applies from the next shipment.",
                    "The change was completed on {date}.",
                    "You can change your address at any time under \"Profile\" in your account.",
                    "Order {order} was already being packed and will go to the previous address.")),
            new Topic("delivery", List.of("Where is my order", "Re: Parcel not delivered", "[{ref}] Delivery update"), List.of(
                    "Your order left our warehouse on {date}; the tracking number is {tracking}.",
                    "The carrier now expects to deliver around {date}.",
                    "If you found a missed-delivery notice, please contact the carrier directly.",
                    "Order {order} is waiting for stock and will ship after {time} tomorrow.")),
            new Topic("cancel", List.of("Your cancellation", "Re: Please close my account", "[{ref}] Cancellation confirmed"), List.of(
                    "We have received your cancellation; automatic renewal stops on {date}.",
                    "There is no pro-rata refund, but you can keep using the service until {date}.",
                    "Should you come back, you can sign up again with the same e-mail address.",
                    "Please note that an early-termination fee of {usd} applies.")),
            new Topic("reset", List.of("Resetting your password", "Re: Forgot password", "[{ref}] Your sign-in details"), List.of(
                    "For security reasons we never send passwords by e-mail.",
                    "Please use \"Forgot your password?\" on the sign-in page to choose a new one.",
                    "The reset link is valid for 24 hours; if it expires, simply request a new one.",
                    "Please do not reuse a password you use on other sites.")),
            new Topic("refund", List.of("Your return", "Re: Refund status", "[{ref}] Refund processed"), List.of(
                    "We received your return on {date}.",
                    "The refund of {usd} will reach your original payment method by {date}.",
                    "Return shipping is on us; please send the parcel cash on delivery.",
                    "Depending on your card issuer's statement date, the refund may show next month.")),
            new Topic("security", List.of("Unusual sign-in", "Re: I didn't request this", "[{ref}] A security notice"), List.of(
                    "On {date} at {time} someone signed in to your account from a device we had not seen before.",
                    "If this was not you, please reset your password right away.",
                    "We will never ask for your password or card number by e-mail.",
                    "Our security team is looking into this and will contact you again.")));

    static final List<String> JA_OPENINGS = List.of(
            "いつもメンバーズストアをご利用いただき、誠にありがとうございます。",
            "お問い合わせいただき、ありがとうございます。",
            "ご連絡ありがとうございます。カスタマーサポートでございます。",
            "お返事が遅くなり申し訳ございません。");
    static final List<String> EN_OPENINGS = List.of(
            "Thank you for contacting Members Store support.",
            "Thanks for getting in touch.",
            "Thank you for your message, and sorry for the wait.",
            "Thanks for your patience while we looked into this.");

    static final List<String> JA_CLOSINGS = List.of(
            "ご不明な点がございましたら、本メールにそのままご返信ください。\n\n――\nメンバーズストア カスタマーサポート 担当：鈴木\nTEL {company_phone}（平日 9:00〜18:00）",
            "今後ともよろしくお願いいたします。\n\nメンバーズストア サポートセンター\n{company_mail}",
            "引き続きよろしくお願い申し上げます。\n\n――\nカスタマーサポート 担当：高橋\nお問い合わせ窓口：{company_phone}");
    static final List<String> EN_CLOSINGS = List.of(
            "If anything is unclear, just reply to this e-mail.\n\nBest regards,\nMembers Store Support\n{company_phone} (weekdays 9:00-18:00 JST)",
            "Kind regards,\nThe Members Store team\n{company_mail}",
            "Have a good day,\nCustomer Support\nPhone: {company_phone}");

    private Frames() {
    }
}
