package io.guarddesk.tickets.boundary;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Mailbox;
import io.guarddesk.testing.Staff;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R3.1-R3.3 against the deployed WAR: every source tags, the supervisor queue is the only place
 * a security ticket shows, agents get exactly the answer for a ticket that does not exist, and
 * the security team hears of it at once. Run inside {@code GuarddeskIT}.
 */
public abstract class SecurityRoutingChecks {

    final Api agent = Staff.AGENT.api();
    final Api supervisor = Staff.SUPERVISOR.api();
    final Api privacyOfficer = Staff.PRIVACY.api();

    @Test
    @DisplayName("R3.1 R3.2 R3.3 incident #3 replayed: a Japanese form message about a registration he never asked for is a "
            + "security ticket in the supervisor queue within the same request; the agent's queue, search and fetch do not "
            + "reveal it, the lookup says 'security team'; supervisors and the privacy officer are told without its content")
    void incidentThreeReplayed() {
        var email = Customers.uniqueEmail();
        var message = "本日「会員登録完了のお知らせ」というメールが届きましたが、登録した覚えはありません。"
                + "パスワード設定のリンクも付いていました。誰かが私のアドレスを間違えて使ったのだと思います。";
        var submitted = Api.anonymous().post("api/tickets", Customers.submission("石井 健", email, "GENERAL",
                "身に覚えのない会員登録のメール", message));
        assertThat(submitted.status()).isEqualTo(202);
        var reference = submitted.text("reference");

        var securityQueue = supervisor.get("api/tickets?security=true&q=" + reference);
        assertThat(securityQueue.json().getJsonArray("items")).as("in the supervisor queue at once").hasSize(1);
        var ticket = supervisor.get("api/tickets/" + reference).json();
        assertThat(ticket.getBoolean("security")).isTrue();
        assertThat(ticket.getJsonObject("securityState").getString("source")).isEqualTo("CLASSIFIER");
        assertThat(ticket.getBoolean("requesterVerified")).as("still unverified: no account data for it (R1.3)").isFalse();

        assertThat(agent.get("api/tickets?q=" + reference).json().getJsonArray("items")).isEmpty();
        assertThat(agent.get("api/tickets?security=true").json().getJsonArray("items")).isEmpty();
        assertThat(agent.get("api/tickets?limit=200").body()).doesNotContain(reference);
        assertNotFoundLikeNothing(reference);
        var lookup = agent.get("api/tickets/lookup?reference=" + reference);
        assertThat(lookup.text("where")).isEqualTo("SECURITY_TEAM");
        assertThat(lookup.body()).doesNotContain("身に覚え").doesNotContain(email);

        assertThat(notices(supervisor)).contains(reference);
        assertThat(notices(privacyOfficer)).contains(reference);
        var alert = Mailbox.await("privacy@guarddesk.example", 1).stream().map(Mailbox::decoded)
                .filter(text -> text.contains(reference)).findFirst().orElseThrow();
        assertThat(alert).doesNotContain("身に覚え").doesNotContain("会員登録").doesNotContain(email);
    }

    @Test
    @DisplayName("R3.1 R3.2 one-click escalation moves a generic ticket with its whole thread; the escalating agent can no longer "
            + "open it, the supervisor sees the note")
    void oneClickEscalation() {
        var ticket = Customers.submit("BILLING", "Strange charge");
        long auditBefore = Staff.ADMIN.api().get("api/admin/audit?afterSeq=0&limit=1").json().getJsonNumber("lastSeq").longValue();
        assertThat(agent.post("api/tickets/" + ticket.reference() + "/replies", "{\"body\":\"We are looking into it.\"}").status())
                .isEqualTo(200);

        var escalated = agent.post("api/tickets/" + ticket.reference() + "/escalation", "{\"note\":\"Customer mentions a login from abroad.\"}");
        assertThat(escalated.status()).as(escalated.body()).isEqualTo(204);

        assertNotFoundLikeNothing(ticket.reference());
        assertThat(agent.post("api/tickets/" + ticket.reference() + "/escalation", "{}").status()).isEqualTo(404);
        var seen = supervisor.get("api/tickets/" + ticket.reference()).json();
        assertThat(seen.getJsonArray("messages")).as("the whole thread").hasSize(2);
        var state = seen.getJsonObject("securityState");
        assertThat(state.getString("source")).isEqualTo("ESCALATION");
        assertThat(state.getJsonArray("history").getJsonObject(0).getString("note")).contains("login from abroad");
        assertThat(state.getJsonArray("history").getJsonObject(0).getString("by")).isEqualTo("Aoi Agent");

        var entries = Staff.ADMIN.api().get("api/admin/audit?limit=500&afterSeq=" + auditBefore).json().getJsonArray("entries")
                .getValuesAs(JsonObject.class).stream().filter(e -> ticket.reference().equals(e.getString("ticket", null))).toList();
        assertThat(entries).as("R6.1 the escalation and every supervisor's view of the security ticket are audited")
                .anyMatch(e -> e.getString("action").equals("ESCALATION") && e.getString("actor").equals("agent"))
                .anyMatch(e -> e.getString("action").equals("SECURITY_VIEW") && e.getString("actor").equals("supervisor"));
        assertThat(entries.toString()).as("never the note's words").doesNotContain("abroad");
    }

    @Test
    @DisplayName("R3.1 a guard refusal on a ticket routes it to the supervisors")
    void guardRefusalTags() {
        var ticket = Customers.submit("ACCOUNT_ACCESS", "Locked out");
        var held = agent.post("api/tickets/" + ticket.reference() + "/replies", "{\"body\":\"Your password: Tz8#kq2!Lm\"}");
        assertThat(held.status()).isEqualTo(422);
        assertNotFoundLikeNothing(ticket.reference());
        assertThat(supervisor.get("api/tickets/" + ticket.reference()).json().getJsonObject("securityState").getString("source"))
                .isEqualTo("GUARD_REFUSAL");
    }

    @Test
    @DisplayName("R3.1 a security category on the form tags the ticket, and a later customer message the classifier recognises does too")
    void categoryAndFollowUp() {
        var byCategory = Customers.submit("PRIVACY_SECURITY", "Please check my data");
        assertThat(supervisor.get("api/tickets/" + byCategory.reference()).json().getJsonObject("securityState").getString("source"))
                .isEqualTo("FORM_CATEGORY");

        var plain = Customers.submit("GENERAL", "Newsletter");
        assertThat(agent.get("api/tickets/" + plain.reference()).status()).isEqualTo(200);
        var reply = Api.anonymous().post("api/customer/tickets/" + plain.accessKey() + "/messages",
                "{\"body\":\"Also: I think my account was hacked, someone changed my password.\"}");
        assertThat(reply.status()).as(reply.body()).isBetween(200, 204);
        assertThat(agent.get("api/tickets/" + plain.reference()).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("R3.2 a supervisor returning a ticket to the general queue takes effect on the agent's very next request; "
            + "a reason is required")
    void clearingIsImmediate() {
        var ticket = Customers.submit("RECEIVED_OTHERS_INFORMATION", "Wrong parcel notice");
        assertThat(agent.get("api/tickets/" + ticket.reference()).status()).isEqualTo(404);
        assertThat(supervisor.post("api/tickets/" + ticket.reference() + "/security-clearance", "{\"reason\":\"short\"}").status())
                .isEqualTo(400);
        assertThat(agent.post("api/tickets/" + ticket.reference() + "/security-clearance",
                "{\"reason\":\"An agent may not do this at all.\"}").status()).isEqualTo(403);

        var cleared = supervisor.post("api/tickets/" + ticket.reference() + "/security-clearance",
                "{\"reason\":\"A delivery question, no personal data involved.\"}");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(agent.get("api/tickets/" + ticket.reference()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("R3.3 a supervisor acknowledges a security ticket: the clock stops and it is theirs; an agent may not")
    void acknowledge() {
        var ticket = Customers.submit("PRIVACY_SECURITY", "Data question");
        var before = supervisor.get("api/tickets/" + ticket.reference()).json().getJsonObject("securityState");
        assertThat(before.getString("acknowledgeBy")).isNotBlank();
        assertThat(before.containsKey("acknowledgedAt")).isFalse();
        assertThat(agent.post("api/tickets/" + ticket.reference() + "/acknowledgement", "").status()).isEqualTo(403);

        var acknowledged = supervisor.post("api/tickets/" + ticket.reference() + "/acknowledgement", "");
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        var after = acknowledged.json();
        assertThat(after.getJsonObject("securityState").getString("acknowledgedBy")).isEqualTo("Sora Supervisor");
        assertThat(after.getString("assignee")).isEqualTo("supervisor");
        var lookup = agent.get("api/tickets/lookup?reference=" + ticket.reference()).json();
        assertThat(lookup.getString("handTo")).as("the agent knows whom to hand the caller to").isEqualTo("Sora Supervisor");
    }

    /** The agent's answer for the ticket equals the answer for a reference that does not exist (R3.2). */
    private void assertNotFoundLikeNothing(String reference) {
        var hidden = agent.get("api/tickets/" + reference);
        var missing = agent.get("api/tickets/GD-AAAAA-AAAAA-AAAAA");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());
    }

    private static String notices(Api staff) {
        return staff.get("api/notifications").body();
    }
}
