package io.guarddesk.platform.rest;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Directory;
import io.guarddesk.testing.ExtraFields;
import io.guarddesk.testing.ItDatabase;
import io.guarddesk.testing.NewStaff;
import io.guarddesk.testing.Staff;
import jakarta.json.JsonString;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mass assignment on the staff side: personal tokens cannot be given roles or owners, nobody but
 * an admin changes staff or the directory (an admin sets an account's owner by design, so that is
 * not checked here), and notices, incidents and classifier rules take their author, approver,
 * status, ids and versions from the desk, never from the body. See {@link MassAssignmentChecks}.
 * Run inside {@code GuarddeskIT}.
 */
public abstract class MassAssignmentStaffChecks {

    static final String ZEROS = "0".repeat(64);

    @Test
    @DisplayName("R6.1 a personal API token acts with its owner's roles: roles, owner, scopes, expiry or a chosen secret in the body are not taken")
    void tokens() {
        var member = NewStaff.create("AGENT");
        var chosen = "gd_" + "A".repeat(43);
        var sent = ExtraFields.send(member.api(), "POST", "api/me/tokens", "{\"name\":\"mass token\"}", "{\"roles\":[\"ADMIN\"],"
                + "\"role\":\"ADMIN\",\"owner\":\"admin\",\"username\":\"admin\",\"staff\":\"admin\",\"staffId\":1,\"scopes\":[\"admin\"],"
                + "\"scope\":\"admin\",\"expiresAt\":\"2099-01-01T00:00:00Z\",\"token\":\"" + chosen + "\",\"hint\":\"gd_AAAA\",\"id\":1}", 201);

        var token = sent.answer().text("token");
        assertThat(token).isNotEqualTo(chosen);
        var me = Api.withToken(token).get("api/me").json();
        assertThat(me.getString("username")).isEqualTo(member.username());
        assertThat(me.getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString).containsExactly("AGENT");
        assertThat(Api.withToken(token).get("api/staff").status()).as("no admin rights through the token").isEqualTo(403);
        assertThat(Api.withToken(chosen).get("api/me").status()).as("the secret the body chose is no token").isEqualTo(401);
        assertThat(Staff.ADMIN.api().get("api/me/tokens").body()).doesNotContain("mass token");
    }

    @Test
    @DisplayName("R6.1 only admins change staff: an agent (even for themself), a supervisor and the privacy officer get 403 and "
            + "roles, activity and the privacy flag stay as they were; nor may they add a member")
    void staffByNonAdmins() {
        var member = NewStaff.create("AGENT");
        var change = "{\"roles\":[\"ADMIN\",\"SUPERVISOR\"],\"active\":true,\"privacyOfficer\":true}";
        for (var caller : List.of(member.api(), Staff.AGENT.api(), Staff.SUPERVISOR.api(), Staff.PRIVACY.api())) {
            assertThat(caller.put("api/staff/" + member.username(), change).status()).isEqualTo(403);
        }
        var username = "mass" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(Staff.SUPERVISOR.api().post("api/staff", "{\"username\":\"" + username + "\",\"displayName\":\"Mass\",\"email\":\""
                + username + "@guarddesk.example\",\"password\":\"" + UUID.randomUUID() + "\",\"roles\":[\"ADMIN\"]}").status()).isEqualTo(403);

        assertThat(ItDatabase.number("SELECT COUNT(*) FROM staff_role r JOIN staff_user s ON s.id = r.staff_id WHERE s.username = ? "
                + "AND r.role <> 'AGENT'", member.username())).isZero();
        assertThat(ItDatabase.row("SELECT active, privacy_officer FROM staff_user WHERE username = ?", member.username()))
                .containsEntry("active", true).containsEntry("privacy_officer", false);
        assertThat(ItDatabase.number("SELECT COUNT(*) FROM staff_user WHERE username = ?", username)).isZero();
    }

    @Test
    @DisplayName("R6.1 /api/me is read-only: PUT, POST, PATCH and DELETE with roles or a name answer 405 and change nothing")
    void meIsReadOnly() {
        var member = NewStaff.create("AGENT");
        var before = member.api().get("api/me").body();
        for (var method : List.of("PUT", "POST", "PATCH", "DELETE")) {
            var answer = member.api().send(method, "api/me", "{\"roles\":[\"ADMIN\"],\"displayName\":\"Root\",\"username\":\"admin\","
                    + "\"privacyOfficer\":true,\"active\":true}", Map.of());
            assertThat(answer.status()).as(method + " api/me: " + answer).isEqualTo(405);
        }
        assertThat(member.api().get("api/me").body()).isEqualTo(before);
    }

    @Test
    @DisplayName("R2 R1.4 only admins write the directory: an agent or supervisor cannot create an account, move one to an address "
            + "of their choosing or import a file")
    void directoryByNonAdmins() {
        var existing = Directory.put(Directory.unique("Hina Goto", "ゴトウ ヒナ"));
        var fresh = Directory.unique("Taro Hidden", "ヒドゥン タロウ");
        var takeover = new Directory.Account(existing.number(), existing.login(), Customers.uniqueEmail(), existing.name(), existing.kana(),
                existing.phone());
        var csv = ("account_number,login_id,owner_email,holder_name,holder_name_kana,phone,status\n" + String.join(",", fresh.number(),
                fresh.login(), fresh.email(), fresh.name(), "", "", "ACTIVE") + "\n").getBytes(StandardCharsets.UTF_8);
        for (var caller : List.of(Staff.AGENT.api(), Staff.SUPERVISOR.api())) {
            assertThat(caller.put("api/accounts/" + fresh.number(), fresh.json()).status()).isEqualTo(403);
            assertThat(caller.put("api/accounts/" + existing.number(), takeover.json()).status()).isEqualTo(403);
            assertThat(caller.sendBytes("POST", "api/accounts/import", csv, "text/csv").status()).isEqualTo(403);
        }

        assertThat(ItDatabase.number("SELECT COUNT(*) FROM customer_account WHERE account_number = ?", fresh.number())).isZero();
        assertThat(ItDatabase.row("SELECT owner_email FROM customer_account WHERE account_number = ?", existing.number()))
                .containsEntry("owner_email", existing.email());
    }

    @Test
    @DisplayName("R5.2 a notice is a DRAFT by its caller: status, author, approver, hashes, recipients, counters, incident, id and "
            + "version in the body of POST or PUT are not taken")
    void notices() {
        var supervisor = Staff.SUPERVISOR.api();
        var fields = "{\"status\":\"APPROVED\",\"author\":\"privacy\",\"approvedBy\":\"privacy\",\"approvedAt\":\"2020-01-01T00:00:00Z\","
                + "\"approvedHash\":\"" + ZEROS + "\",\"hash\":\"" + ZEROS + "\",\"contentHash\":\"" + ZEROS + "\",\"recipients\":500,"
                + "\"recipientCount\":500,\"queuedCount\":5,\"id\":1,\"source\":\"CSV\",\"incident\":\"INC-2000-0001\","
                + "\"startedAt\":\"2020-01-01T00:00:00Z\",\"submittedAt\":\"2020-01-01T00:00:00Z\",\"pausedBy\":\"privacy\",\"version\":7}";

        var drafted = ExtraFields.send(supervisor, "POST", "api/notices", notice("mass notice"), fields, 201);
        long id = drafted.answer().json().getJsonNumber("id").longValue();
        assertThat(id).isNotEqualTo(1L);
        assertDraftBySupervisor(id);
        ExtraFields.send(supervisor, "PUT", "api/notices/" + id, notice("mass notice, changed"), fields, 200);
        assertDraftBySupervisor(id);

        var account = Directory.put(Directory.unique("Mai Kubo", "クボ マイ"));
        supervisor.put("api/notices/" + id + "/recipients", "{\"query\":{\"prefix\":" + Api.quote(account.number()) + "}}");
        supervisor.post("api/notices/" + id + "/submission", "");
        var hash = Staff.PRIVACY.api().get("api/notices/" + id + "/review").json().getString("hash");
        ExtraFields.send(Staff.PRIVACY.api(), "POST", "api/notices/" + id + "/approval", "{\"hash\":" + Api.quote(hash) + "}",
                "{\"approvedBy\":\"supervisor\",\"author\":\"privacy\",\"approvedHash\":\"" + ZEROS + "\"}", 200);
        assertThat(ItDatabase.row("SELECT author, approved_by, approved_hash FROM notice WHERE id = ?", id))
                .containsEntry("author", "supervisor").containsEntry("approved_by", "privacy").containsEntry("approved_hash", hash);
    }

    @Test
    @DisplayName("R3.4 an incident is opened OPEN by its caller from its ticket: reference, status, opener, dates, links, accounts, "
            + "reports and version in the body of POST or PUT are not taken")
    void incidents() {
        var supervisor = Staff.SUPERVISOR.api();
        var ticket = Customers.submit("PRIVACY_SECURITY", "mass incident").reference();
        var other = Customers.submit("GENERAL", "mass incident other").reference();
        var fields = "{\"reference\":\"INC-2000-0001\",\"status\":\"CLOSED\",\"openedBy\":\"privacy\",\"openedFrom\":" + Api.quote(other)
                + ",\"openedAt\":\"2000-01-01T00:00:00Z\",\"closedAt\":\"2000-01-01T00:00:00Z\",\"version\":7,\"linkedTickets\":["
                + Api.quote(other) + "],\"affectedAccounts\":[\"C-100871\"],\"preliminaryReportAt\":\"2000-01-01T00:00:00Z\","
                + "\"finalReportAt\":\"2000-01-01T00:00:00Z\",\"gdprNotifiedAt\":\"2000-01-01T00:00:00Z\",\"clocks\":[]}";

        var opened = ExtraFields.send(supervisor, "POST", "api/incidents", "{\"ticket\":" + Api.quote(ticket) + "," + facts("Mass").substring(1),
                fields, 201);
        var reference = opened.answer().text("reference");
        assertThat(reference).isNotEqualTo("INC-2000-0001");
        assertIncidentUntouched(reference, ticket, other);
        ExtraFields.send(supervisor, "PUT", "api/incidents/" + reference, facts("Mass, renamed"), fields, 200);
        assertIncidentUntouched(reference, ticket, other);
    }

    @Test
    @DisplayName("R3.1 a classifier rule's id, version and author come from the desk: a body naming another rule's id changes only "
            + "its own rule")
    void classifierRules() {
        var admin = Staff.ADMIN.api();
        var rules = "api/admin/classifier-rules";
        var first = "zq" + UUID.randomUUID().toString().substring(0, 8) + " ... leaked";
        long firstId = admin.post(rules, rule(first, null)).json().getJsonNumber("id").longValue();
        var before = ItDatabase.row("SELECT pattern, enabled, version, updated_by FROM classifier_rule WHERE id = ?", firstId);
        var fields = "{\"id\":" + firstId + ",\"version\":42,\"updatedBy\":\"supervisor\",\"createdAt\":\"2000-01-01T00:00:00Z\","
                + "\"updatedAt\":\"2000-01-01T00:00:00Z\"}";

        var second = "zq" + UUID.randomUUID().toString().substring(0, 8) + " ... leaked";
        var added = ExtraFields.send(admin, "POST", rules, rule(second, null), fields, 201).answer().json();
        long secondId = added.getJsonNumber("id").longValue();
        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(added.getString("updatedBy")).isEqualTo("admin");
        assertThat(OffsetDateTime.parse(added.getString("updatedAt")).getYear()).isGreaterThan(2000);
        ExtraFields.send(admin, "PUT", rules + "/" + secondId, rule(second, false), fields, 200);

        assertThat(ItDatabase.row("SELECT pattern, enabled, version, updated_by FROM classifier_rule WHERE id = ?", firstId)).isEqualTo(before);
        assertThat(ItDatabase.row("SELECT enabled, updated_by FROM classifier_rule WHERE id = ?", secondId))
                .containsEntry("enabled", false).containsEntry("updated_by", "admin");
        assertThat(ItDatabase.number("SELECT version FROM classifier_rule WHERE id = ?", secondId)).isNotEqualTo(42L);
    }

    private static void assertDraftBySupervisor(long id) {
        var stored = ItDatabase.row("SELECT status, author, approved_by, approved_hash, content_hash, recipient_count, queued_count, "
                + "incident, started_at, submitted_at, paused_by, version FROM notice WHERE id = ?", id);
        assertThat(stored).containsEntry("status", "DRAFT").containsEntry("author", "supervisor").containsEntry("approved_by", null)
                .containsEntry("approved_hash", null).containsEntry("recipient_count", 0).containsEntry("queued_count", 0)
                .containsEntry("incident", null).containsEntry("started_at", null).containsEntry("submitted_at", null)
                .containsEntry("paused_by", null);
        assertThat(stored.get("content_hash")).isNotEqualTo(ZEROS);
        assertThat(((Number) stored.get("version")).longValue()).isLessThan(7);
    }

    private static void assertIncidentUntouched(String reference, String ticket, String other) {
        var stored = ItDatabase.row("SELECT i.status, i.opened_by, i.opened_from, i.closed_at, i.preliminary_report_at, i.final_report_at, "
                + "i.gdpr_notified_at, i.version, (SELECT COUNT(*) FROM incident_account a WHERE a.incident_id = i.id) AS accounts, "
                + "(SELECT COUNT(*) FROM incident_ticket t WHERE t.incident_id = i.id AND t.ticket_reference = ?) AS other_linked "
                + "FROM incident i WHERE i.reference = ?", other, reference);
        assertThat(stored).containsEntry("status", "OPEN").containsEntry("opened_by", "supervisor").containsEntry("opened_from", ticket)
                .containsEntry("closed_at", null).containsEntry("preliminary_report_at", null).containsEntry("final_report_at", null)
                .containsEntry("gdpr_notified_at", null).containsEntry("accounts", 0L).containsEntry("other_linked", 0L);
        assertThat(((Number) stored.get("version")).longValue()).isLessThan(7);
        assertThat(ItDatabase.number("SELECT COUNT(*) FROM incident WHERE reference = 'INC-2000-0001'")).isZero();
    }

    private static String facts(String title) {
        var discovered = OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
        return "{\"title\":" + Api.quote(title) + ",\"kinds\":[\"EMAIL\"],\"people\":1,\"discoveredAt\":\"" + discovered
                + "\",\"unauthorisedAccess\":false,\"gdpr\":false}";
    }

    private static String notice(String subject) {
        var sendAt = OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(1).truncatedTo(ChronoUnit.SECONDS);
        return "{\"subjectEn\":" + Api.quote(subject) + ",\"bodyEn\":\"Dear {{name}}, about your accounts {{accounts}}: ...\","
                + "\"subjectJa\":\"お知らせ\",\"bodyJa\":\"{{name}} 様、アカウント {{accounts}} について\","
                + "\"sendAt\":\"" + sendAt + "\"}";
    }

    private static String rule(String pattern, Boolean enabled) {
        return "{\"pattern\":" + Api.quote(pattern) + ",\"language\":\"en\",\"kind\":\"SIGNAL\""
                + (enabled == null ? "" : ",\"enabled\":" + enabled) + ",\"note\":\"added by the mass assignment check\"}";
    }
}
