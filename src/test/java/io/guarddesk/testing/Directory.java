package io.guarddesk.testing;

import java.util.UUID;

/** Accounts put into the directory through the admin sync API, as the company's systems would. */
public final class Directory {

    private Directory() {
    }

    /** An account with identifiers no other test uses. */
    public record Account(String number, String login, String email, String name, String kana, String phone) {

        public String json() {
            return "{\"loginId\":" + Api.quote(login) + ",\"ownerEmail\":" + Api.quote(email) + ",\"holderName\":"
                    + Api.quote(name) + ",\"holderNameKana\":" + Api.quote(kana) + ",\"phone\":" + Api.quote(phone) + "}";
        }
    }

    public static Account unique(String name, String kana) {
        var tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var digits = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000_000L + 100_000_000L).substring(1);
        return new Account("T-" + tag.toUpperCase(), "user_" + tag, "owner." + tag + "@example.net", name, kana,
                "090-" + digits.substring(0, 4) + "-" + digits.substring(4, 8));
    }

    public static Account put(Account account) {
        var answer = Staff.ADMIN.api().put("api/accounts/" + account.number(), account.json());
        if (answer.status() != 201 && answer.status() != 200) {
            throw new IllegalStateException("account sync failed: " + answer);
        }
        return account;
    }
}
