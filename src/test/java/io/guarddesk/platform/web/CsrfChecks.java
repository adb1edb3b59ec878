package io.guarddesk.platform.web;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.CrossSite;
import io.guarddesk.testing.CrossSite.Call;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Directory;
import io.guarddesk.testing.ItDatabase;
import io.guarddesk.testing.Mailbox;
import io.guarddesk.testing.NewStaff;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.StoredTicket;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7.3 cross-site requests on the API, part one: every POST, PUT and DELETE of tickets, the
 * customer's link, notifications, staff, tokens, the directory, reset links and the classifier,
 * each sent with a foreign Origin, with Sec-Fetch-Site: cross-site, with an origin that merely
 * starts like ours and with Origin: null. Each is refused with 403 and its effect is checked
 * absent; then the very same call from our own site succeeds and has the effect, so the refusals
 * were the guard's and not a bad request's. Incidents and notices: {@link CsrfWorkflowChecks}.
 * Run inside {@code GuarddeskIT}.
 */
public abstract class CsrfChecks {

    static Stream<Arguments> calls() {
        return Stream.of(
                call("POST /api/tickets", CsrfChecks::publicSubmission),
                call("POST /api/tickets/phone", CsrfChecks::phoneTicket),
                call("POST /api/customer/tickets/{key}/messages", CsrfChecks::customerMessage),
                call("POST /api/tickets/{ref}/replies", () -> onTicket("POST", "/replies", "{\"body\":\"We are looking into it.\"}", 200)),
                call("PUT /api/tickets/{ref}/status", () -> onTicket("PUT", "/status", "{\"status\":\"OPEN\"}", 200)),
                call("PUT /api/tickets/{ref}/assignee", () -> onTicket("PUT", "/assignee", "{\"assignee\":\"agent2\"}", 200)),
                call("POST /api/tickets/{ref}/escalation", () -> onTicket("POST", "/escalation", "{\"note\":\"A login from abroad.\"}", 204)),
                call("POST /api/tickets/{ref}/account-inserts", CsrfChecks::accountInsert),
                call("POST /api/tickets/{ref}/refusals/{id}/release", CsrfChecks::release),
                call("POST /api/tickets/{ref}/acknowledgement", () -> onSecurityTicket("/acknowledgement", "")),
                call("POST /api/tickets/{ref}/security-clearance", () -> onSecurityTicket("/security-clearance",
                        "{\"reason\":\"A delivery question, no personal data involved.\"}")),
                call("POST /api/notifications/{id}/read", CsrfChecks::notificationRead),
                call("POST /api/me/tokens", CsrfChecks::tokenCreated),
                call("DELETE /api/me/tokens/{id}", CsrfChecks::tokenRevoked),
                call("POST /api/staff", CsrfChecks::staffAdded),
                call("PUT /api/staff/{username}", CsrfChecks::staffChanged),
                call("PUT /api/accounts/{number}", CsrfChecks::accountUpserted),
                call("POST /api/accounts/import", CsrfChecks::accountsImported),
                call("POST /api/reset-links/redeem", CsrfChecks::resetLinkRedeemed),
                call("POST /api/admin/classifier-rules", CsrfChecks::ruleAdded),
                call("PUT /api/admin/classifier-rules/{id}", CsrfChecks::ruleChanged));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    @DisplayName("R7.3 a state-changing API call from another site is refused (403) and changes nothing; the same call from here works")
    void refusedFromAnotherSite(String name, Supplier<Call> setUp) {
        CrossSite.assertRefusedThenAccepted(name, setUp.get(), true);
    }

    @Test
    @DisplayName("R7.3 POST /api/admin/classifier-rules/test stores nothing, yet from another site it is refused like every other POST")
    void trialRefusedToo() {
        var trial = Call.json(Staff.ADMIN.api(), "POST", "api/admin/classifier-rules/test",
                "{\"subject\":\"不正ログイン\",\"body\":\"身に覚えのないログイン通知\"}", 200, () -> "stores nothing");
        CrossSite.assertRefusedThenAccepted("POST /api/admin/classifier-rules/test", trial, false);
    }

    @Test
    @DisplayName("R7.3 R6.1 a cross-site API request is refused before its password is checked: no sign-in entry, no failure "
            + "counted towards the member's sign-in pause")
    void refusedBeforeSignIn() {
        var member = NewStaff.create("AGENT");
        var foreign = Map.of("Origin", "http://evil.example");

        var right = member.api().send("POST", "api/me/tokens", "{\"name\":\"cross-site\"}", foreign);
        var wrong = Api.as(member.username(), "not-the-password").send("POST", "api/me/tokens", "{\"name\":\"cross-site\"}", foreign);

        CrossSite.assertRefused(right, "the right password from another site");
        assertThat(wrong.status()).as("refused, whichever lock answers first").isIn(401, 403);
        // a browser sends cached Basic credentials with a forged form post: checking them first
        // lets another site write sign-ins into the audit log and pause a member's sign-in
        assertThat(ItDatabase.number("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action IN ('SIGN_IN', 'SIGN_IN_FAILED')",
                member.username())).as("sign-in entries written for requests the guard refuses").isZero();
        assertThat(ItDatabase.number("SELECT failed_sign_ins FROM staff_user WHERE username = ?", member.username()))
                .as("failures counted for a request the guard refuses").isZero();
        assertThat(member.api().get("api/me/tokens").body()).doesNotContain("cross-site");
    }

    // ---- the calls, each with state of its own ----

    private static Arguments call(String name, Supplier<Call> setUp) {
        return Arguments.of(name, setUp);
    }

    private static Call publicSubmission() {
        var subject = "csrf " + UUID.randomUUID();
        return Call.json(Api.anonymous(), "POST", "api/tickets",
                Customers.submission("Test Customer", Customers.uniqueEmail(), "GENERAL", subject, "Hello"), 202,
                () -> StoredTicket.withSubject(subject));
    }

    private static Call phoneTicket() {
        var account = Directory.put(Directory.unique("Mio Sato", "サトウ ミオ"));
        var subject = "csrf phone " + UUID.randomUUID();
        return Call.json(Staff.AGENT.api(), "POST", "api/tickets/phone", "{\"accountNumber\":" + Api.quote(account.number())
                + ",\"category\":\"GENERAL\",\"subject\":" + Api.quote(subject) + ",\"note\":\"Caller asks about an invoice.\"}", 202,
                () -> StoredTicket.withSubject(subject));
    }

    private static Call customerMessage() {
        var ticket = Customers.submit("GENERAL", "csrf customer message");
        return Call.json(Api.anonymous(), "POST", "api/customer/tickets/" + ticket.accessKey() + "/messages",
                "{\"body\":\"One more question about the invoice.\"}", 200, () -> StoredTicket.of(ticket.reference()));
    }

    private static Call onTicket(String method, String suffix, String body, int success) {
        var reference = Customers.submit("GENERAL", "csrf " + suffix).reference();
        return Call.json(Staff.AGENT.api(), method, "api/tickets/" + reference + suffix, body, success, () -> StoredTicket.of(reference));
    }

    private static Call onSecurityTicket(String suffix, String body) {
        var reference = Customers.submit("PRIVACY_SECURITY", "csrf " + suffix).reference();
        return Call.json(Staff.SUPERVISOR.api(), "POST", "api/tickets/" + reference + suffix, body, 200, () -> StoredTicket.of(reference));
    }

    private static Call accountInsert() {
        var owner = Directory.put(Directory.unique("Rei Aoki", "アオキ レイ"));
        var reference = Customers.submit(owner.email(), "GENERAL", "csrf insert", "Hello").reference();
        return Call.json(Staff.AGENT.api(), "POST", "api/tickets/" + reference + "/account-inserts",
                "{\"accountNumber\":" + Api.quote(owner.number()) + ",\"field\":\"NUMBER\"}", 200,
                () -> ItDatabase.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREDENTIAL_INSERT' AND ticket_ref = ?", reference));
    }

    private static Call release() {
        var owner = Directory.put(Directory.unique("Saki Mori", "モリ サキ"));
        var other = Directory.put(Directory.unique("Daichi Ono", "オノ ダイチ"));
        var reference = Customers.submit(owner.email(), "GENERAL", "csrf release", "My partner's account too.").reference();
        var held = Staff.AGENT.api().post("api/tickets/" + reference + "/replies",
                "{\"body\":" + Api.quote("We also wrote to " + other.email()) + "}");
        assertThat(held.status()).as(held.body()).isEqualTo(422);
        long refusal = held.json().getJsonObject("refusal").getJsonNumber("id").longValue();
        return Call.json(Staff.SUPERVISOR.api(), "POST", "api/tickets/" + reference + "/refusals/" + refusal + "/release",
                "{\"justification\":\"Guardian of the account holder, checked by phone call.\"}", 200,
                () -> ItDatabase.row("SELECT state, released_by, version FROM guard_refusal WHERE id = ?", refusal));
    }

    private static Call notificationRead() {
        var reference = Customers.submit("PRIVACY_SECURITY", "csrf notification").reference();
        var supervisor = Staff.SUPERVISOR.api();
        long id = supervisor.get("api/notifications?limit=200").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> reference.equals(n.getString("subject"))).mapToLong(n -> n.getJsonNumber("id").longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no notification for " + reference));
        return Call.json(supervisor, "POST", "api/notifications/" + id + "/read", "", 204,
                () -> ItDatabase.row("SELECT read_at FROM staff_notification WHERE id = ?", id));
    }

    private static Call tokenCreated() {
        var member = NewStaff.create("AGENT");
        var name = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        return Call.json(member.api(), "POST", "api/me/tokens", "{\"name\":" + Api.quote(name) + "}", 201,
                () -> ItDatabase.number("SELECT COUNT(*) FROM api_token WHERE name = ?", name));
    }

    private static Call tokenRevoked() {
        var member = NewStaff.create("AGENT");
        long id = member.api().post("api/me/tokens", "{\"name\":\"to revoke\"}").json().getJsonNumber("id").longValue();
        return Call.json(member.api(), "DELETE", "api/me/tokens/" + id, null, 204,
                () -> ItDatabase.row("SELECT revoked_at FROM api_token WHERE id = ?", id));
    }

    private static Call staffAdded() {
        var username = "csrf" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return Call.json(Staff.ADMIN.api(), "POST", "api/staff", "{\"username\":\"" + username + "\",\"displayName\":\"Cross Site\","
                        + "\"email\":\"" + username + "@guarddesk.example\",\"password\":\"" + UUID.randomUUID() + "\",\"roles\":[\"AGENT\"]}", 201,
                () -> ItDatabase.number("SELECT COUNT(*) FROM staff_user WHERE username = ?", username));
    }

    private static Call staffChanged() {
        var member = NewStaff.create("AGENT");
        // made admin and deactivated at once: the change is visible, and no active admin is left behind
        return Call.json(Staff.ADMIN.api(), "PUT", "api/staff/" + member.username(),
                "{\"roles\":[\"ADMIN\"],\"active\":false,\"privacyOfficer\":false}", 200, () -> roles(member.username()));
    }

    private static Call accountUpserted() {
        var account = Directory.unique("Yui Kondo", "コンドウ ユイ");
        return Call.json(Staff.ADMIN.api(), "PUT", "api/accounts/" + account.number(), account.json(), 201,
                () -> ItDatabase.number("SELECT COUNT(*) FROM customer_account WHERE account_number = ?", account.number()));
    }

    private static Call accountsImported() {
        var a = Directory.unique("Kei Ishii", "イシイ ケイ");
        var csv = "account_number,login_id,owner_email,holder_name,holder_name_kana,phone,status\n"
                + String.join(",", a.number(), a.login(), a.email(), a.name(), a.kana(), a.phone(), "ACTIVE") + "\n";
        return new Call(Staff.ADMIN.api(), "POST", "api/accounts/import", csv, "text/csv; charset=UTF-8", 200,
                () -> ItDatabase.number("SELECT COUNT(*) FROM customer_account WHERE account_number = ?", a.number()));
    }

    private static Call resetLinkRedeemed() {
        var owner = Directory.put(Directory.unique("Aki Noda", "ノダ アキ"));
        var ticket = Customers.submit(owner.email(), "GENERAL", "csrf reset", "Hello");
        int mails = Mailbox.to(owner.email()).size();
        var agent = Staff.AGENT.api();
        var placeholder = agent.post("api/tickets/" + ticket.reference() + "/account-inserts",
                "{\"accountNumber\":" + Api.quote(owner.number()) + ",\"field\":\"RESET_LINK\"}").text("placeholder");
        var sent = agent.post("api/tickets/" + ticket.reference() + "/replies",
                "{\"body\":" + Api.quote("Here is your link: " + placeholder) + "}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        var token = Mailbox.await(owner.email(), mails + 2).stream().map(Mailbox::decoded).filter(text -> text.contains("gdr1."))
                .findFirst().orElseThrow().replaceAll("(?s).*token=(gdr1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+).*", "$1");
        var hash = sha256(token);
        return Call.json(Staff.ADMIN.api(), "POST", "api/reset-links/redeem", "{\"token\":" + Api.quote(token) + "}", 200,
                () -> ItDatabase.row("SELECT used_at FROM reset_link WHERE token_hash = ?", hash));
    }

    private static Call ruleAdded() {
        var word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        return Call.json(Staff.ADMIN.api(), "POST", "api/admin/classifier-rules",
                "{\"pattern\":\"" + word + " ... leaked\",\"language\":\"en\",\"kind\":\"SIGNAL\"}", 201,
                () -> ItDatabase.number("SELECT COUNT(*) FROM classifier_rule WHERE pattern = ?", word + " ... leaked"));
    }

    private static Call ruleChanged() {
        var word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        var rule = "{\"pattern\":\"" + word + " ... leaked\",\"language\":\"en\",\"kind\":\"SIGNAL\"";
        long id = Staff.ADMIN.api().post("api/admin/classifier-rules", rule + "}").json().getJsonNumber("id").longValue();
        return Call.json(Staff.ADMIN.api(), "PUT", "api/admin/classifier-rules/" + id, rule + ",\"enabled\":false}", 200,
                () -> ItDatabase.row("SELECT enabled, version FROM classifier_rule WHERE id = ?", id));
    }

    /** A staff member's roles and flags as stored. */
    static String roles(String username) {
        return ItDatabase.row("SELECT COUNT(*) AS all_roles, SUM(CASE WHEN r.role = 'ADMIN' THEN 1 ELSE 0 END) AS admin, "
                + "MIN(CASE WHEN s.active THEN 1 ELSE 0 END) AS active, MIN(CASE WHEN s.privacy_officer THEN 1 ELSE 0 END) AS privacy "
                + "FROM staff_role r JOIN staff_user s ON s.id = r.staff_id WHERE s.username = ?", username).toString();
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
