package io.guarddesk.disclosure.boundary;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Directory;
import io.guarddesk.testing.Mailbox;
import io.guarddesk.testing.Staff;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R2 and R4 against the deployed WAR, the real directory API and a real SMTP server: incident #1
 * replayed, the insert action, releases, the directory's changes reaching the guard, card data
 * masked at intake. Run inside {@code GuarddeskIT}.
 */
public abstract class DisclosureGuardChecks {

    final Api agent = Staff.AGENT.api();
    final Api supervisor = Staff.SUPERVISOR.api();

    @Test
    @DisplayName("R2.4 R2.5 R2.1 R2.2 R2.6 incident #1 replayed: B's contract id, login, name and a password in A's reply are "
            + "refused and nothing is mailed; insert works only for A's account, whose reset link works once")
    void incidentOneReplayed() {
        var a = Directory.put(Directory.unique("Haruka Ishida", "イシダ ハルカ"));
        var b = Directory.put(Directory.unique("Kenji Moriyama", "モリヤマ ケンジ"));
        var ticket = Customers.submit(a.email(), "ACCOUNT_ACCESS", "I cannot log in", "Please send my login details.");
        int mailsBefore = Mailbox.to(a.email()).size();

        var pasted = agent.post("api/tickets/" + ticket.reference() + "/replies", reply(
                "Your contract: " + b.number() + "\nName: " + b.name() + "\nLogin ID: " + b.login() + "\nPassword: Moriyama#2024"));

        assertThat(pasted.status()).isEqualTo(422);
        assertThat(agent.get("api/tickets/" + ticket.reference()).status()).as("R3.1 the refusal routed the ticket to the supervisors")
                .isEqualTo(404);
        var kinds = kinds(pasted.json().getJsonObject("refusal"));
        assertThat(kinds).contains("ACCOUNT_NUMBER", "HOLDER_NAME", "LOGIN_ID", "PASSWORD");
        assertThat(pasted.body()).as("R2.5 masked: the values are not repeated").doesNotContain(b.number(), b.login(), "Moriyama#2024");
        assertThat(pasted.json().getJsonObject("refusal").getBoolean("releasable")).as("a password is never releasable").isFalse();
        assertThat(supervisor.get("api/tickets/" + ticket.reference()).body()).doesNotContain(b.number()).doesNotContain("Moriyama#2024");

        var insertB = supervisor.post("api/tickets/" + ticket.reference() + "/account-inserts", insert(b.number(), "LOGIN"));
        assertThat(insertB.status()).isEqualTo(422);
        assertThat(insertB.text("error")).isEqualTo("Unprocessable Entity");
        assertThat(insertB.text("message")).contains("not one of the requester's accounts");
        var unknown = supervisor.post("api/tickets/" + ticket.reference() + "/account-inserts", insert("NO-SUCH-1", "LOGIN"));
        assertThat(unknown.text("message")).as("unknown and foreign accounts answer alike").isEqualTo(insertB.text("message"));

        var number = supervisor.post("api/tickets/" + ticket.reference() + "/account-inserts", insert(a.number(), "NUMBER")).text("placeholder");
        var reset = supervisor.post("api/tickets/" + ticket.reference() + "/account-inserts", insert(a.number(), "RESET_LINK")).text("placeholder");
        assertThat(number).doesNotContain(a.login());
        var sent = supervisor.post("api/tickets/" + ticket.reference() + "/replies", reply(
                "Dear " + a.name() + ", your account number is " + number + ".\n" + reset));

        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        var thread = supervisor.get("api/tickets/" + ticket.reference()).body();
        assertThat(thread).contains(a.number()).doesNotContain("{{account").doesNotContain("gdr1.");
        var mails = Mailbox.await(a.email(), mailsBefore + 2);
        var resetMail = mails.stream().filter(m -> Mailbox.decoded(m).contains("gdr1.")).findFirst().orElseThrow();
        var token = Mailbox.decoded(resetMail).replaceAll("(?s).*token=(gdr1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+).*", "$1");
        var admin = Staff.ADMIN.api();
        var first = admin.post("api/reset-links/redeem", "{\"token\":" + Api.quote(token) + "}");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text("accountNumber")).isEqualTo(a.number());
        assertThat(admin.post("api/reset-links/redeem", "{\"token\":" + Api.quote(token) + "}").status()).as("only once").isEqualTo(409);
        var forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(admin.post("api/reset-links/redeem", "{\"token\":" + Api.quote(forged) + "}").status()).isEqualTo(404);
        assertThat(Mailbox.to(a.email()).stream().map(Mailbox::decoded)).noneMatch(text -> text.contains(b.number()));
    }

    @Test
    @DisplayName("R2.4 obfuscated foreign identifiers are refused: full-width, zero-width, other separators, kana")
    void obfuscations() {
        var a = Directory.put(Directory.unique("Mei Kurosawa", "クロサワ メイ"));
        var b = Directory.put(Directory.unique("大河内 慎之介", "オオコウチ シンノスケ"));
        var ticket = Customers.submit(a.email(), "GENERAL", "Question", "Hello");
        var fullWidth = toFullWidth(b.number());
        var zeroWidth = b.email().charAt(0) + "\u200B" + b.email().substring(1);
        var phone = b.phone().replace("-", " ");
        for (var text : List.of("Account " + fullWidth, "Write to " + zeroWidth, "Call " + phone, "大河内慎之介様の件",
                "オオコウチ シンノスケ様")) {
            // the first refusal routes the ticket to the supervisors (R3.1); they meet the same guard
            var answer = supervisor.post("api/tickets/" + ticket.reference() + "/replies", reply(text));
            assertThat(answer.status()).as(text).isEqualTo(422);
        }
    }

    @Test
    @DisplayName("R2.7 a supervisor releases a held reply with a justification; never an agent, never their own, never a card number")
    void release() {
        var a = Directory.put(Directory.unique("Sora Takeuchi", "タケウチ ソラ"));
        var b = Directory.put(Directory.unique("Ryo Fujimura", "フジムラ リョウ"));
        var ticket = Customers.submit(a.email(), "GENERAL", "Family account", "My husband's account too, please.");
        var held = agent.post("api/tickets/" + ticket.reference() + "/replies", reply("We also updated " + b.email() + "."));
        assertThat(held.status()).isEqualTo(422);
        var refusal = held.json().getJsonObject("refusal");
        assertThat(refusal.getBoolean("releasable")).isTrue();
        var release = "api/tickets/" + ticket.reference() + "/refusals/" + refusal.getJsonNumber("id").longValue() + "/release";

        assertThat(agent.post(release, "{\"justification\":\"The customer is the legal guardian, checked by phone.\"}").status())
                .as("agents cannot release").isEqualTo(403);
        assertThat(supervisor.post(release, "{\"justification\":\"ok\"}").status()).as("a justification is required").isEqualTo(400);
        var released = supervisor.post(release, "{\"justification\":\"Guardian of the account holder, checked by phone call.\"}");
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(supervisor.get("api/tickets/" + ticket.reference()).body()).contains(b.email());
        assertThat(supervisor.post(release, "{\"justification\":\"Guardian of the account holder, checked by phone call.\"}").status())
                .as("released once").isEqualTo(422);

        var own = supervisor.post("api/tickets/" + ticket.reference() + "/replies", reply("Also " + b.number()));
        var ownRelease = "api/tickets/" + ticket.reference() + "/refusals/" + own.json().getJsonObject("refusal").getJsonNumber("id") + "/release";
        assertThat(supervisor.post(ownRelease, "{\"justification\":\"I am sure this is fine to send, really.\"}").status())
                .as("not one's own").isEqualTo(422);

        var card = Staff.PRIVACY.api().post("api/tickets/" + ticket.reference() + "/replies", reply("Card on file: 4111 1111 1111 1111"));
        assertThat(kinds(card.json().getJsonObject("refusal"))).contains("CARD_NUMBER");
        var cardRelease = "api/tickets/" + ticket.reference() + "/refusals/" + card.json().getJsonObject("refusal").getJsonNumber("id") + "/release";
        assertThat(supervisor.post(cardRelease, "{\"justification\":\"The customer asked for the full card number.\"}").status())
                .as("card data is never released").isEqualTo(422);
    }

    @Test
    @DisplayName("R2.8 a directory change reaches the guard at once, without a restart: the new address is refused, the old one free")
    void directoryChangeReachesTheGuard() {
        var a = Directory.put(Directory.unique("Nao Hirano", "ヒラノ ナオ"));
        var b = Directory.put(Directory.unique("Yuki Ogawa", "オガワ ユキ"));
        var ticket = Customers.submit(a.email(), "GENERAL", "Question", "Hello");
        var newAddress = "moved." + b.email();
        Directory.put(new Directory.Account(b.number(), b.login(), newAddress, b.name(), b.kana(), b.phone()));

        assertThat(supervisor.post("api/tickets/" + ticket.reference() + "/replies", reply("Contact " + newAddress)).status()).isEqualTo(422);
        assertThat(supervisor.post("api/tickets/" + ticket.reference() + "/replies", reply("Contact " + b.email())).status())
                .as("the old address belongs to nobody now").isEqualTo(200);
    }

    @Test
    @DisplayName("R2.8 a directory file larger than the guard replays change by change is in the guard at once: it reads the "
            + "directory afresh, and keeps what it knew")
    void largeImportReachesTheGuard() {
        var before = Directory.put(Directory.unique("Rin Kato", "カトウ リン"));
        var rows = new StringBuilder("account_number,login_id,owner_email,holder_name,holder_name_kana,phone,status\n");
        var batch = new java.util.ArrayList<Directory.Account>();
        for (int i = 0; i < 2_500; i++) {
            var account = Directory.unique("Bulk Owner", "");
            batch.add(account);
            rows.append(String.join(",", account.number(), account.login(), account.email(), account.name(), "", "", "ACTIVE")).append('\n');
        }
        var imported = Staff.ADMIN.api().sendBytes("POST", "api/accounts/import", rows.toString().getBytes(StandardCharsets.UTF_8),
                "text/csv");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        var ticket = Customers.submit(Customers.uniqueEmail(), "GENERAL", "Question", "Hello");

        var last = batch.get(batch.size() - 1);
        assertThat(supervisor.post("api/tickets/" + ticket.reference() + "/replies", reply("Your number is " + last.number()))
                .status()).as("an account of the file").isEqualTo(422);
        assertThat(supervisor.post("api/tickets/" + ticket.reference() + "/replies", reply("Write to " + before.email()))
                .status()).as("an account from before the file").isEqualTo(422);
    }

    @Test
    @DisplayName("R4.1 card numbers and security codes are masked before a customer's text is stored, also behind the 99-prefix trap")
    void cardDataMaskedAtIntake() {
        var ticket = Customers.submit(Customers.uniqueEmail(), "BILLING", "Card 4012 8888 8888 1881 charged twice",
                "My card is ４１１１ １１１１ １１１１ １１１１, セキュリティコード 737.\nRef 99 5555555555554444 please.");
        var stored = agent.get("api/tickets/" + ticket.reference()).body();
        assertThat(stored).doesNotContain("１１１１ １１１１").doesNotContain("5555555555554444").doesNotContain("4012 8888")
                .doesNotContain("コード 737").contains("****1111").contains("****4444").contains("****1881");
    }

    @Test
    @DisplayName("R2 the directory imports UTF-8 and Shift_JIS files; a file with one bad row imports nothing and names the row")
    void csvImport() {
        var admin = Staff.ADMIN.api();
        var x = Directory.unique("高橋 美咲", "タカハシ ミサキ");
        var y = Directory.unique("John Carter", "");
        var header = "account_number,login_id,owner_email,holder_name,holder_name_kana,phone,status\n";
        var good = header + row(x) + row(y);
        var bad = header + row(x) + y.number() + ",,not-an-address,John Carter,,,ACTIVE\n";

        var refused = admin.sendBytes("POST", "api/accounts/import", bad.getBytes(Charset.forName("windows-31j")), "text/csv");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"line\":3").contains("login_id").contains("owner_email");

        var imported = admin.sendBytes("POST", "api/accounts/import", good.getBytes(Charset.forName("windows-31j")), "text/csv");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().getInt("created")).as("nothing of the refused file was imported").isEqualTo(2);
        var again = admin.sendBytes("POST", "api/accounts/import", good.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(again.json().getInt("unchanged")).as("UTF-8 reads the same names as Shift_JIS").isEqualTo(2);
        assertThat(agent.post("api/accounts/" + x.number(), "{}").status()).as("agents cannot write the directory").isIn(403, 405);
    }

    private static String row(Directory.Account a) {
        return String.join(",", a.number(), a.login(), a.email(), a.name(), a.kana(), a.phone(), "ACTIVE") + "\n";
    }

    private static String reply(String body) {
        return "{\"body\":" + Api.quote(body) + "}";
    }

    private static String insert(String account, String field) {
        return "{\"accountNumber\":" + Api.quote(account) + ",\"field\":\"" + field + "\"}";
    }

    private static List<String> kinds(JsonObject refusal) {
        return refusal.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("kind")).toList();
    }

    private static String toFullWidth(String text) {
        var out = new StringBuilder();
        text.chars().forEach(c -> out.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
        return out.toString();
    }
}
