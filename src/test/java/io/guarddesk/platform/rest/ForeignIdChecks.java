package io.guarddesk.platform.rest;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Directory;
import io.guarddesk.testing.Incidents;
import io.guarddesk.testing.NewStaff;
import io.guarddesk.testing.Notices;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.StaffTokens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IDOR/BOLA on every id that is not a ticket reference (issue #7): notifications, API tokens,
 * held replies, incidents, notices, classifier rules, staff names, account numbers. For each,
 * every caller gets for someone else's object exactly the answer it gets for an id that does
 * not exist, never 2xx, and the object is unchanged afterwards. Run inside {@code GuarddeskIT}.
 */
public abstract class ForeignIdChecks {

    static final Caller[] NOT_SUPERVISORS = {Caller.ANONYMOUS, Caller.CUSTOMER, Caller.AGENT, Caller.AGENT2, Caller.ADMIN};
    static final Caller[] NOT_ADMINS = {Caller.ANONYMOUS, Caller.CUSTOMER, Caller.AGENT, Caller.AGENT2, Caller.SUPERVISOR};

    @Test
    @DisplayName("R3.3 R7.3 a notification is its owner's alone: marking the privacy officer's read answers every caller like "
            + "an id that does not exist, and it stays unread")
    void notificationOfAnother() {
        var targets = Targets.get();

        for (var caller : Caller.values()) {
            var missing = caller.api().post("api/notifications/" + Integer.MAX_VALUE + "/read", "");
            Answers.assertLikeMissing("mark another's notification read as " + caller,
                    caller.api().post("api/notifications/" + targets.notification + "/read", ""), missing);
        }

        targets.assertNotificationAndReplyUntouched();
    }

    @Test
    @DisplayName("R4.2 R7.3 an API token is revoked by its owner only: another's token id answers every caller like one that "
            + "does not exist, and the token keeps working")
    void tokenOfAnother() {
        var owner = NewStaff.create("AGENT");
        var theirs = StaffTokens.issue(owner.api(), "nightly export");

        for (var caller : Caller.values()) {
            var missing = caller.api().delete("api/me/tokens/999999999999");
            Answers.assertLikeMissing("revoke another's token as " + caller, caller.api().delete("api/me/tokens/" + theirs.id()), missing);
        }

        assertThat(theirs.api().get("api/me").status()).as("the token still works").isEqualTo(200);
        assertThat(theirs.api().get("api/me/tokens").body()).doesNotContain("revokedAt");
    }

    @Test
    @DisplayName("R2.7 R7.3 a held reply is released only on its own ticket: released through another ticket it answers like a "
            + "reply that does not exist, even for a supervisor who may release it, and stays held")
    void heldReplyOfAnotherTicket() {
        var targets = Targets.get();
        var through = targets.assigned.reference();

        for (var caller : Caller.values()) {
            var missing = caller.api().post("api/tickets/" + through + "/refusals/" + Integer.MAX_VALUE + "/release", IdorChecks.JUSTIFICATION);
            Answers.assertLikeMissing("release another ticket's held reply as " + caller,
                    caller.api().post("api/tickets/" + through + "/refusals/" + targets.heldReply + "/release", IdorChecks.JUSTIFICATION),
                    missing);
        }

        targets.assertNotificationAndReplyUntouched();
        targets.assertUnchanged();
    }

    @Test
    @DisplayName("R3.4 R7.3 an incident answers everyone but supervisors, at every endpoint, exactly like a number that does not "
            + "exist, and changes for none of them")
    void incidentForNonSupervisors() {
        var targets = Targets.get();
        var calls = List.of(
                new String[]{"GET", "", null},
                new String[]{"PUT", "", Incidents.facts()},
                new String[]{"POST", "/reports", "{\"kind\":\"APPI_PRELIMINARY\"}"},
                new String[]{"POST", "/tickets", "{\"ticket\":" + Api.quote(targets.assigned.reference()) + "}"},
                new String[]{"PUT", "/accounts", "{\"accounts\":[]}"},
                new String[]{"POST", "/close", "{}"});
        for (var caller : NOT_SUPERVISORS) {
            for (var call : calls) {
                var missing = caller.api().send(call[0], "api/incidents/INC-1999-9999" + call[1], call[2], Map.of());
                Answers.assertLikeMissing(call[0] + " incident" + call[1] + " as " + caller,
                        caller.api().send(call[0], "api/incidents/" + targets.incident + call[1], call[2], Map.of()), missing);
            }
        }
        targets.assertUnchanged();
    }

    @Test
    @DisplayName("R5.2 R7.3 a notice answers everyone but supervisors, at every endpoint, like an id that does not exist; "
            + "another supervisor reads it but cannot change it")
    void noticeOfAnother() {
        var author = StaffTokens.of(Staff.SUPERVISOR);
        var subject = "Opening hours " + UUID.randomUUID();
        long id = Notices.draft(author, subject);
        var calls = List.of(
                new String[]{"GET", "", null},
                new String[]{"PUT", "", Notices.draftRequest("Changed by someone else")},
                new String[]{"PUT", "/recipients", "{\"query\":{\"status\":\"ACTIVE\",\"prefix\":\"C-\"}}"},
                new String[]{"POST", "/submission", ""},
                new String[]{"GET", "/review", null},
                new String[]{"POST", "/approval", "{\"hash\":\"0000\"}"},
                new String[]{"POST", "/rejection", "{\"reason\":\"No.\"}"},
                new String[]{"POST", "/pause", ""},
                new String[]{"POST", "/resume", ""});
        for (var caller : NOT_SUPERVISORS) {
            for (var call : calls) {
                var missing = caller.api().send(call[0], "api/notices/999999999" + call[1], call[2], Map.of());
                Answers.assertLikeMissing(call[0] + " notice" + call[1] + " as " + caller,
                        caller.api().send(call[0], "api/notices/" + id + call[1], call[2], Map.of()), missing);
            }
        }

        var colleague = StaffTokens.of(Staff.PRIVACY);
        assertThat(colleague.get("api/notices/" + id).status()).as("supervisors share the notices they approve").isEqualTo(200);
        for (var call : calls.subList(1, 4)) {
            assertThat(colleague.send(call[0], "api/notices/" + id + call[1], call[2], Map.of()).status() / 100)
                    .as("only the author changes a notice: " + call[0] + call[1]).isNotEqualTo(2);
        }
        var after = author.get("api/notices/" + id).json();
        assertThat(after.getString("subjectEn")).isEqualTo(subject);
        assertThat(after.getString("status")).isEqualTo("DRAFT");
        assertThat(after.getInt("recipients")).isZero();
    }

    @Test
    @DisplayName("R7.3 a classifier rule answers everyone but admins like an id that does not exist, and stays as it was")
    void classifierRuleForNonAdmins() {
        var admin = StaffTokens.of(Staff.ADMIN);
        var phrase = "zq" + UUID.randomUUID().toString().substring(0, 8) + " probe";
        var added = admin.post("api/admin/classifier-rules", "{\"pattern\":\"" + phrase + "\",\"language\":\"en\","
                + "\"kind\":\"SUPPRESS\",\"enabled\":false,\"note\":\"IdorChecks\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().getJsonNumber("id").longValue();
        var before = rule(id);
        var change = "{\"pattern\":\"" + phrase + "\",\"language\":\"any\",\"kind\":\"SIGNAL\",\"enabled\":true,\"note\":\"taken over\"}";

        for (var caller : NOT_ADMINS) {
            var missing = caller.api().put("api/admin/classifier-rules/999999999", change);
            Answers.assertLikeMissing("change a rule as " + caller, caller.api().put("api/admin/classifier-rules/" + id, change), missing);
        }

        assertThat(rule(id)).isEqualTo(before);
    }

    @Test
    @DisplayName("R6.1 R7.3 a staff name answers everyone but admins like a name that does not exist, also their own: nobody "
            + "gives themselves or a colleague a role")
    void staffNamesForNonAdmins() {
        var before = staffEntries();
        var promote = "{\"roles\":[\"ADMIN\",\"SUPERVISOR\",\"AGENT\"],\"active\":true,\"privacyOfficer\":true}";

        for (var caller : NOT_ADMINS) {
            var missing = caller.api().put("api/staff/no-such-" + UUID.randomUUID().toString().substring(0, 8), promote);
            for (var name : List.of("agent", "agent2", "supervisor", "admin")) {
                Answers.assertLikeMissing("change " + name + " as " + caller, caller.api().put("api/staff/" + name, promote), missing);
            }
        }

        assertThat(staffEntries()).isEqualTo(before);
    }

    @Test
    @DisplayName("R2.1 R1.3 R7.3 another customer's account number answers like one that does not exist: nobody but an admin "
            + "writes it, no agent inserts it into a reply, and a ticket lists its requester's accounts only")
    void accountOfAnother() {
        var mine = Directory.put(Directory.unique("Mio Sakamoto", "サカモト ミオ"));
        var theirs = Directory.put(Directory.unique("Daiki Hayashi", "ハヤシ ダイキ"));
        var ticket = Customers.submit(mine.email(), "ACCOUNT_ACCESS", "Question about my contract", "Which plan am I on?").reference();
        var takeover = new Directory.Account(theirs.number(), theirs.login(), mine.email(), theirs.name(), theirs.kana(), theirs.phone());
        var nobodys = Directory.unique("Nobody Here", "ノーバディ");

        for (var caller : NOT_ADMINS) {
            var missing = caller.api().put("api/accounts/" + nobodys.number(), takeover.json());
            Answers.assertLikeMissing("take over another's account as " + caller,
                    caller.api().put("api/accounts/" + theirs.number(), takeover.json()), missing);
        }
        for (var caller : Caller.values()) {
            var missing = caller.api().post("api/tickets/" + ticket + "/account-inserts", insert(nobodys.number()));
            Answers.assertLikeMissing("insert another's account as " + caller,
                    caller.api().post("api/tickets/" + ticket + "/account-inserts", insert(theirs.number())), missing);
        }

        var listed = Caller.AGENT.api().get("api/tickets/" + ticket + "/accounts").body();
        assertThat(listed).contains(mine.number()).doesNotContain(theirs.number());
        assertThat(StaffTokens.of(Staff.ADMIN).put("api/accounts/" + theirs.number(), theirs.json()).text("outcome"))
                .as("the directory still holds their account as it was").isEqualTo("UNCHANGED");
    }

    private static JsonObject rule(long id) {
        return ((JsonArray) StaffTokens.of(Staff.ADMIN).get("api/admin/classifier-rules").structure()).getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    /** Who the demo staff are: roles sorted, so the order a set happens to serialise in does not matter. */
    private static List<String> staffEntries() {
        var names = Set.of("agent", "agent2", "supervisor", "privacy", "admin");
        return ((JsonArray) StaffTokens.of(Staff.ADMIN).get("api/staff").structure()).getValuesAs(JsonObject.class).stream()
                .filter(s -> names.contains(s.getString("username")))
                .map(s -> s.getString("username") + " " + s.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).sorted().toList() + " active=" + s.getBoolean("active")
                        + " privacyOfficer=" + s.getBoolean("privacyOfficer"))
                .sorted().toList();
    }

    private static String insert(String account) {
        return "{\"accountNumber\":" + Api.quote(account) + ",\"field\":\"LOGIN\"}";
    }
}
