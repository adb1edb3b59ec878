package io.guarddesk.audit.boundary;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Directory;
import io.guarddesk.testing.ItDatabase;
import io.guarddesk.testing.NewStaff;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.browser.AuditPage;
import io.guarddesk.testing.browser.Browser;
import io.guarddesk.testing.browser.LoginPage;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R6 against the deployed WAR: sign-ins, role changes and the guard's refusals and releases
 * become entries of the chain; only admins read and verify it; a row tampered with directly in
 * the database is named by its seq. Run inside {@code GuarddeskIT}.
 */
public abstract class AuditChecks {

    final Api admin = Staff.ADMIN.api();

    @Test
    @DisplayName("R6.1 a sign-in and a failed sign-in are entries under the member's name; for a name that does not exist "
            + "the actor is (unknown) and what was typed is written nowhere")
    void signIns() {
        var member = NewStaff.create("AGENT");
        long before = lastSeq();
        var typedName = "typed-" + UUID.randomUUID();

        assertThat(member.api().get("api/me").status()).isEqualTo(200);
        assertThat(Api.as(member.username(), "not-the-password").get("api/me").status()).isEqualTo(401);
        assertThat(Api.as(typedName, "whatever-was-typed").get("api/me").status()).isEqualTo(401);

        var entries = entriesAfter(before);
        assertThat(entries).anySatisfy(e -> assertEntry(e, member.username(), "SIGN_IN", "OK"));
        assertThat(entries).anySatisfy(e -> assertEntry(e, member.username(), "SIGN_IN_FAILED", "REJECTED"));
        assertThat(entries).anySatisfy(e -> assertEntry(e, "(unknown)", "SIGN_IN_FAILED", "REJECTED"));
        assertThat(entries.toString()).doesNotContain(typedName).doesNotContain("not-the-password").doesNotContain("whatever-was-typed");
    }

    @Test
    @DisplayName("R6.1 an admin's role change is an entry naming before→after; a privacy officer who is no supervisor is refused "
            + "with what to fix; an unknown name is 404; a deactivated member cannot sign in")
    void roleChanges() {
        var member = NewStaff.create("AGENT");
        long before = lastSeq();

        var promoted = admin.put("api/staff/" + member.username(), "{\"roles\":[\"SUPERVISOR\"],\"active\":true,\"privacyOfficer\":true}");

        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(promoted.json().getBoolean("privacyOfficer")).isTrue();
        assertThat(entriesAfter(before)).anySatisfy(e -> {
            assertEntry(e, Staff.ADMIN.username, "ROLE_CHANGE", "OK");
            assertThat(e.getString("detail")).isEqualTo("staff " + member.username() + "; roles AGENT→SUPERVISOR; privacy officer no→yes");
        });

        var notSupervisor = admin.put("api/staff/" + member.username(), "{\"roles\":[\"AGENT\"],\"active\":true,\"privacyOfficer\":true}");
        assertThat(notSupervisor.status()).isEqualTo(400);
        assertThat(notSupervisor.json().getJsonArray("fieldErrors").getJsonObject(0).getString("field")).isEqualTo("privacyOfficer");
        assertThat(notSupervisor.body()).contains("SUPERVISOR");
        var incomplete = admin.put("api/staff/" + member.username(), "{}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("roles").contains("active").contains("privacyOfficer");
        assertThat(admin.put("api/staff/no-such-" + UUID.randomUUID().toString().substring(0, 8),
                "{\"roles\":[\"AGENT\"],\"active\":true,\"privacyOfficer\":false}").status()).isEqualTo(404);
        assertThat(member.api().put("api/staff/" + member.username(), "{\"roles\":[\"ADMIN\"],\"active\":true,\"privacyOfficer\":false}")
                .status()).as("only admins change roles").isEqualTo(403);

        var deactivated = admin.put("api/staff/" + member.username(), "{\"roles\":[\"SUPERVISOR\"],\"active\":false,\"privacyOfficer\":false}");
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(member.api().get("api/me").status()).isEqualTo(401);
        assertThat(entriesAfter(before).stream().filter(e -> e.getString("action").equals("ROLE_CHANGE"))
                .map(e -> e.getString("detail")).filter(d -> d.startsWith("staff " + member.username() + ";")))
                .as("refused changes leave no entry").containsExactly(
                        "staff " + member.username() + "; roles AGENT→SUPERVISOR; privacy officer no→yes",
                        "staff " + member.username() + "; privacy officer yes→no; active yes→no");
    }

    @Test
    @DisplayName("R6.1 R2.7 a guard refusal and its release are entries of that ticket, with the finding kinds and never the values")
    void guardRefusalAndRelease() {
        var a = Directory.put(Directory.unique("Aya Kimura", "キムラ アヤ"));
        var b = Directory.put(Directory.unique("Jun Sakai", "サカイ ジュン"));
        var ticket = Customers.submit(a.email(), "GENERAL", "Family account", "My partner's account too, please.");
        long before = lastSeq();

        var held = Staff.AGENT.api().post("api/tickets/" + ticket.reference() + "/replies",
                "{\"body\":" + Api.quote("We also updated " + b.email() + ".") + "}");
        assertThat(held.status()).isEqualTo(422);
        long refusal = held.json().getJsonObject("refusal").getJsonNumber("id").longValue();
        var released = Staff.SUPERVISOR.api().post("api/tickets/" + ticket.reference() + "/refusals/" + refusal + "/release",
                "{\"justification\":\"Guardian of the account holder, checked by phone call.\"}");
        assertThat(released.status()).as(released.body()).isEqualTo(200);

        var entries = entriesAfter(before);
        assertThat(entries).anySatisfy(e -> {
            assertEntry(e, Staff.AGENT.username, "GUARD_REFUSAL", "REFUSED");
            assertThat(e.getString("ticket")).isEqualTo(ticket.reference());
            assertThat(e.getString("detail")).isEqualTo("refusal " + refusal + "; kinds EMAIL");
        });
        assertThat(entries).anySatisfy(e -> {
            assertEntry(e, Staff.SUPERVISOR.username, "GUARD_RELEASE", "RELEASED");
            assertThat(e.getString("ticket")).isEqualTo(ticket.reference());
        });
        assertThat(entries.toString()).doesNotContain(b.email()).doesNotContain("Guardian of the account holder");
    }

    @Test
    @DisplayName("R6.1 the entry is written in the action's own transaction: a release that fails after its event was fired "
            + "(the ticket was closed meanwhile) leaves no entry, and the reply stays held")
    void entryRollsBackWithItsAction() {
        var a = Directory.put(Directory.unique("Rin Ueda", "ウエダ リン"));
        var b = Directory.put(Directory.unique("Kai Noguchi", "ノグチ カイ"));
        var ticket = Customers.submit(a.email(), "GENERAL", "Question", "Hello");
        var held = Staff.AGENT.api().post("api/tickets/" + ticket.reference() + "/replies",
                "{\"body\":" + Api.quote("Please also tell " + b.email() + ".") + "}");
        assertThat(held.status()).isEqualTo(422);
        long refusal = held.json().getJsonObject("refusal").getJsonNumber("id").longValue();
        var supervisor = Staff.SUPERVISOR.api();
        for (var status : List.of("SOLVED", "CLOSED")) {
            var moved = supervisor.put("api/tickets/" + ticket.reference() + "/status", "{\"status\":\"" + status + "\"}");
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
        long before = lastSeq();

        var release = supervisor.post("api/tickets/" + ticket.reference() + "/refusals/" + refusal + "/release",
                "{\"justification\":\"Guardian of the account holder, checked by phone call.\"}");

        assertThat(release.status()).as("the closed ticket takes no reply: " + release.body()).isEqualTo(409);
        assertThat(release.text("message")).as("refused when sending, i.e. after the release was recorded and its event fired")
                .contains("closed");
        assertThat(entriesAfter(before)).noneMatch(e -> e.getString("action").equals("GUARD_RELEASE")
                && ("refusal " + refusal).equals(e.getString("detail", null)));
        var refusals = supervisor.get("api/tickets/" + ticket.reference() + "/refusals").structure().asJsonArray();
        assertThat(refusals.stream().map(JsonValue::asJsonObject).filter(r -> r.getJsonNumber("id").longValue() == refusal))
                .singleElement().satisfies(r -> assertThat(r.getString("state")).isEqualTo("HELD"));
    }

    @Test
    @DisplayName("R6.2 the chain verifies intact; only admins read or verify it; no method changes or deletes an entry")
    void verifyAndAccess() {
        var verdict = admin.get("api/admin/audit/verify");

        assertThat(verdict.status()).as(verdict.body()).isEqualTo(200);
        assertThat(verdict.json().getBoolean("intact")).as(verdict.body()).isTrue();
        assertThat(verdict.json().getJsonNumber("checked").longValue()).isPositive();
        assertThat(verdict.text("lastHash")).matches("[0-9a-f]{64}");
        for (var caller : List.of(Staff.AGENT.api(), Staff.SUPERVISOR.api())) {
            assertThat(caller.get("api/admin/audit/verify").status()).isEqualTo(403);
            assertThat(caller.get("api/admin/audit").status()).isEqualTo(403);
        }
        assertThat(Api.anonymous().get("api/admin/audit").status()).isEqualTo(401);
        assertThat(admin.delete("api/admin/audit").status()).isEqualTo(405);
        assertThat(admin.put("api/admin/audit", "{}").status()).isEqualTo(405);
        assertThat(admin.get("api/admin/audit?limit=501").status()).as("pages are bounded").isEqualTo(400);
        assertThat(admin.get("api/admin/audit?afterSeq=-1").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("R6.2 a row changed directly in the database is named by its seq; put back, the chain is intact again")
    void tamperedRowIsNamed() throws Exception {
        var member = NewStaff.create("AGENT");
        long before = lastSeq();
        assertThat(member.api().get("api/me").status()).isEqualTo(200);
        long seq = entriesAfter(before).stream()
                .filter(e -> e.getString("actor").equals(member.username()) && e.getString("action").equals("SIGN_IN"))
                .mapToLong(e -> e.getJsonNumber("seq").longValue()).findFirst().orElseThrow();

        try {
            assertThat(ItDatabase.update("UPDATE audit_entry SET actor = ? WHERE seq = ?", "admin", seq)).isEqualTo(1);

            var verdict = admin.get("api/admin/audit/verify").json();

            assertThat(verdict.getBoolean("intact")).isFalse();
            var broken = verdict.getJsonObject("firstBroken");
            assertThat(broken.getJsonNumber("seq").longValue()).isEqualTo(seq);
            assertThat(broken.getString("reason")).isEqualTo("CONTENT_CHANGED");
            assertThat(broken.getString("action")).isEqualTo("SIGN_IN");
        } finally {
            ItDatabase.update("UPDATE audit_entry SET actor = ? WHERE seq = ?", member.username(), seq);
        }
        var again = admin.get("api/admin/audit/verify").json();
        assertThat(again.getBoolean("intact")).as(again.toString()).isTrue();
    }

    @Test
    @DisplayName("R6.2 an admin verifies the chain on the audit page, in Japanese, and reads the entries newest first")
    void auditPage() {
        try (var browser = Browser.open("ja")) {
            LoginPage.open(browser).signInAsAdmin(Staff.ADMIN);
            var page = AuditPage.open(browser);

            assertThat(page.seqs()).isNotEmpty().isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(page.verify()).contains("チェーンは改ざんされていません");
        }
    }

    private long lastSeq() {
        return admin.get("api/admin/audit?limit=1").json().getJsonNumber("lastSeq").longValue();
    }

    /** Every entry after {@code seq}, page by page as an API client would read them. */
    private List<JsonObject> entriesAfter(long seq) {
        var entries = new ArrayList<JsonObject>();
        Long after = seq;
        while (after != null) {
            var page = admin.get("api/admin/audit?limit=500&afterSeq=" + after);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().getJsonArray("entries").forEach(e -> entries.add(e.asJsonObject()));
            var next = page.json().get("nextAfterSeq");
            after = next == null || next.getValueType() == JsonValue.ValueType.NULL ? null
                    : page.json().getJsonNumber("nextAfterSeq").longValue();
        }
        return entries;
    }

    private static void assertEntry(JsonObject entry, String actor, String action, String outcome) {
        assertThat(entry.getString("actor")).isEqualTo(actor);
        assertThat(entry.getString("action")).isEqualTo(action);
        assertThat(entry.getString("outcome")).isEqualTo(outcome);
        assertThat(entry.getString("at")).endsWith("Z");
    }
}
