package io.guarddesk.disclosure.bench;

import io.guarddesk.disclosure.control.AccountIdentifiers;

/**
 * A realistic 20 KB agent reply, mixed Japanese and English: the requester's own identifiers
 * (allowed, R2.6), ordinary numbers (dates, prices, order and ticket numbers, times, the support
 * line), a URL, and support language about passwords and keys that is no credential. A correct scan
 * finds nothing in it, so the benchmark also checks the false-positive rate against a full directory.
 */
final class Reply {

    static final int LENGTH = 20_000;

    private Reply() {
    }

    static String to(AccountIdentifiers own) {
        StringBuilder text = new StringBuilder(LENGTH + 2_000);
        String surname = own.holderName().split("[ \u3000]")[0];
        int n = 0;
        while (text.length() < LENGTH) {
            n++;
            String date = String.format("2024-%02d-%02d", 1 + n % 12, 1 + n % 28);
            text.append(own.holderName()).append("様\n\n")
                .append("いつもご利用いただき、誠にありがとうございます。サポートセンターの担当でございます。\n")
                .append("お問い合わせいただいた件（お問い合わせ番号：").append(20_240_000 + n * 17).append("）について、")
                .append(date).append("の時点での状況をご案内いたします。\n")
                .append("ご登録のアカウント番号 ").append(own.accountNumber()).append(" 、ログインID「")
                .append(own.loginId()).append("」、ご連絡先メールアドレス ").append(own.ownerEmail())
                .append(" 宛てに確認のご連絡を差し上げております。お電話の場合は ").append(own.phone())
                .append(" にお掛けいたします。\n")
                .append("ご注文番号 ORD-2024").append(String.format("%04d", n * 37 % 10_000)).append("-")
                .append(String.format("%04d", n)).append(" の商品（税込 ¥").append(1_000 + n * 113 % 90_000)
                .append("）は、").append(n % 12 + 1).append("月").append(n % 28 + 1)
                .append("日に発送済みです。配送状況は https://shop.example.jp/orders/track?id=")
                .append(778_000 + n).append(" からご確認いただけます。\n")
                .append("パスワードをお忘れの場合は、ログイン画面の「パスワードを忘れた方」から再設定してください。")
                .append("セキュリティのため、パスワードや暗証番号をメールでお伺いすることはございません。\n")
                .append(surname).append("様のご要望につきましては、担当部署にて確認のうえ、")
                .append(n % 5 + 2).append("営業日以内にご連絡いたします。ご不明な点がございましたら、")
                .append("サポート窓口 0120-").append(100 + n % 800).append("-").append(200 + n % 700)
                .append("（受付時間 9:00〜18:00、土日祝日を除く）までお問い合わせください。\n\n")
                .append("Dear customer,\n\nThank you for contacting Guarddesk support on ").append(date)
                .append(". We have reviewed ticket #").append(51_000 + n).append(" regarding your order of ")
                .append(n % 9 + 1).append(" items (total $").append(19 + n % 300).append(".").append(10 + n % 89)
                .append("). Your account ").append(own.accountNumber()).append(" is in good standing, and we sent ")
                .append("a confirmation to ").append(own.ownerEmail()).append(". If you need to change your password, ")
                .append("please use the link on the sign-in page; we will never ask for your password or API key by mail. ")
                .append("Your package left our warehouse at 14:").append(10 + n % 50).append(" and should arrive within ")
                .append(n % 4 + 2).append(" business days. Invoice INV-").append(300_000 + n * 7)
                .append(" is attached as a PDF of ").append(120 + n % 800).append(" KB.\n")
                .append("Best regards,\nThe support team (Mia from the billing desk)\n\n");
        }
        return text.toString();
    }
}
