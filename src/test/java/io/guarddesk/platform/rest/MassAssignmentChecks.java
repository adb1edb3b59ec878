package io.guarddesk.platform.rest;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Directory;
import io.guarddesk.testing.ExtraFields;
import io.guarddesk.testing.ItDatabase;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.StoredTicket;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mass assignment on the ticket API (cf. Zammad #4556): every write is sent with fields added
 * that the caller may not set (verified,
 * security, status, assignee, author, reference, ids, versions), and the stored ticket is read
 * back, also from the database where no API shows it. Whether the server refuses such fields or
 * ignores them is {@link ExtraFields}' concern; neither may store them. Staff, tokens, notices,
 * incidents, rules: {@link MassAssignmentStaffChecks}. Run inside {@code GuarddeskIT}.
 */
public abstract class MassAssignmentChecks {

    static final String FORGED_REFERENCE = "GD-AAAAA-BBBBB-CCCCC";
    /** What a client could try to give its own ticket. */
    static final String TICKET_FIELDS = "{\"verified\":true,\"requesterVerified\":true,\"requesterVerifiedAt\":\"2020-01-01T00:00:00Z\","
            + "\"security\":true,\"securityTagged\":true,\"securitySource\":\"ESCALATION\",\"status\":\"OPEN\",\"assignee\":\"agent\","
            + "\"assigneeId\":1,\"channel\":\"PHONE\",\"account\":\"C-100871\",\"accountId\":1,\"relatedTicket\":\"" + FORGED_REFERENCE + "\","
            + "\"reference\":\"" + FORGED_REFERENCE + "\",\"id\":1,\"createdAt\":\"2000-01-01T00:00:00Z\",\"version\":99,"
            + "\"escalationLevel\":2,\"acknowledgedBy\":\"supervisor\",\"acknowledgedAt\":\"2020-01-01T00:00:00Z\",\"roles\":[\"ADMIN\"]}";

    final Api agent = Staff.AGENT.api();
    final Api supervisor = Staff.SUPERVISOR.api();

    @Test
    @DisplayName("R1.1 R3.1 POST /api/tickets cannot make its ticket verified, security-tagged, assigned, open, bound to an account "
            + "or give it a reference, id, version or date")
    void publicSubmission() {
        var email = Customers.uniqueEmail();
        var sent = ExtraFields.send(Api.anonymous(), "POST", "api/tickets",
                Customers.submission("Test Customer", email, "GENERAL", "mass " + UUID.randomUUID(), "A question about my newsletter."),
                TICKET_FIELDS, 202);

        var reference = sent.answer().text("reference");
        assertThat(reference).isNotEqualTo(FORGED_REFERENCE);
        assertUntouched(StoredTicket.of(reference), "PENDING_VERIFICATION", "API");
        assertThat(StoredTicket.of(reference).get("requester_verified_at")).as("R1.1 waits for its link").isNull();
        assertThat(StoredTicket.of(reference).get("requester_email")).isEqualTo(email);
        assertThat(StoredTicket.of(reference).get("account_id")).as("bound to no account by its body").isNull();
        assertThat(StoredTicket.of(FORGED_REFERENCE)).as("no ticket under the reference the client chose").isEmpty();
    }

    @Test
    @DisplayName("R3.1 a submission in a security category cannot untag itself with \"security\":false")
    void securityCannotBeDeclined() {
        var sent = ExtraFields.send(Api.anonymous(), "POST", "api/tickets",
                Customers.submission("Test Customer", Customers.uniqueEmail(), "PRIVACY_SECURITY", "mass security", "Please check my data."),
                "{\"security\":false,\"securityTagged\":false,\"securitySource\":null,\"tagged\":false}", 202);

        var stored = StoredTicket.of(sent.answer().text("reference"));
        assertThat(stored.get("security")).isEqualTo(true);
        assertThat(stored.get("category")).isEqualTo("PRIVACY_SECURITY");
    }

    @Test
    @DisplayName("R1.4 R1.1 POST /api/tickets/phone cannot set the address, name, verification, status, assignee, tag or channel")
    void phoneTicket() {
        var account = Directory.put(Directory.unique("Kana Mori", "モリ カナ"));
        var dictated = Customers.uniqueEmail();
        var sent = ExtraFields.send(agent, "POST", "api/tickets/phone", "{\"accountNumber\":" + Api.quote(account.number())
                        + ",\"category\":\"GENERAL\",\"subject\":\"mass phone\",\"note\":\"Caller asks about an invoice.\"}",
                ExtraFields.merge(TICKET_FIELDS, "{\"email\":\"" + dictated + "\",\"requesterEmail\":\"" + dictated + "\","
                        + "\"requesterName\":\"Mallory\",\"channel\":\"WEB_FORM\"}"), 202);

        var stored = StoredTicket.of(sent.answer().text("reference"));
        assertUntouched(stored, "PENDING_VERIFICATION", "PHONE");
        assertThat(stored.get("requester_verified_at")).isNull();
        assertThat(stored.get("requester_email")).as("R1.4 the address on file").isEqualTo(account.email());
        assertThat(stored.get("requester_name")).isEqualTo(account.name());
        assertThat(((Number) stored.get("account_id")).longValue()).as("the account named, not the one in the body")
                .isEqualTo(ItDatabase.number("SELECT id FROM customer_account WHERE account_number = ?", account.number()));
    }

    @Test
    @DisplayName("R1.1 a customer's message through the private link is the customer's: no staff author, status, tag or verification from the body")
    void customerMessage() {
        var ticket = Customers.submit("GENERAL", "mass customer message");
        var sent = ExtraFields.send(Api.anonymous(), "POST", "api/customer/tickets/" + ticket.accessKey() + "/messages",
                "{\"body\":\"One more question about the invoice.\"}", "{\"author\":\"Aoi Agent\",\"authorName\":\"Aoi Agent\","
                        + "\"fromCustomer\":false,\"authorKind\":\"STAFF\",\"staff\":\"agent\",\"status\":\"CLOSED\",\"security\":true,"
                        + "\"createdAt\":\"2000-01-01T00:00:00Z\",\"requesterEmail\":\"evil@example.com\"}", 200);

        var last = lastMessage(sent.answer().json());
        assertThat(last.getBoolean("fromCustomer")).isTrue();
        assertThat(last.getString("author")).isEqualTo("Test Customer");
        assertThat(last.getString("createdAt")).doesNotStartWith("2000");
        var stored = StoredTicket.of(ticket.reference());
        assertThat(stored.get("status")).isNotEqualTo("CLOSED");
        assertThat(stored.get("security")).isEqualTo(false);
        assertThat(stored.get("requester_email")).isEqualTo(ticket.email());
    }

    @Test
    @DisplayName("R3.1 R1.1 a staff reply is the replying agent's: its body cannot name another author, assign, tag, unverify or "
            + "rename the ticket")
    void reply() {
        var ticket = Customers.submit("GENERAL", "mass reply");
        var sent = ExtraFields.send(agent, "POST", "api/tickets/" + ticket.reference() + "/replies", "{\"body\":\"We are on it.\"}",
                "{\"author\":\"Sora Supervisor\",\"authorName\":\"Sora Supervisor\",\"authorKind\":\"CUSTOMER\",\"fromCustomer\":true,"
                        + "\"staff\":\"supervisor\",\"assignee\":\"agent2\",\"security\":true,\"requesterVerified\":false,"
                        + "\"category\":\"BILLING\",\"subject\":\"Renamed\",\"reference\":\"" + FORGED_REFERENCE + "\"}", 200);

        var view = sent.answer().json();
        assertThat(lastMessage(view).getString("author")).isEqualTo("Aoi Agent");
        assertThat(lastMessage(view).getBoolean("fromCustomer")).isFalse();
        assertThat(view.getString("subject")).isEqualTo("mass reply");
        assertThat(view.getString("assignee")).as("a reply gives an unassigned ticket to its author, not to the body's choice").isEqualTo("agent");
        var stored = StoredTicket.of(ticket.reference());
        assertThat(stored.get("security")).isEqualTo(false);
        assertThat(stored.get("category")).isEqualTo("GENERAL");
        assertThat(stored.get("requester_verified_at")).isNotNull();
    }

    @Test
    @DisplayName("R3.1 R1.1 a status change changes the status only: not the assignee, tag, category, subject or verification")
    void status() {
        var ticket = Customers.submit("GENERAL", "mass status");
        ExtraFields.send(agent, "PUT", "api/tickets/" + ticket.reference() + "/status", "{\"status\":\"OPEN\"}",
                "{\"assignee\":\"agent2\",\"security\":true,\"category\":\"BILLING\",\"subject\":\"Renamed\",\"requesterVerified\":false,"
                        + "\"channel\":\"PHONE\",\"version\":99}", 200);

        var stored = StoredTicket.of(ticket.reference());
        assertThat(stored.get("status")).isEqualTo("OPEN");
        assertThat(stored.get("assignee_id")).isNull();
        assertThat(stored.get("security")).isEqualTo(false);
        assertThat(stored.get("category")).isEqualTo("GENERAL");
        assertThat(stored.get("channel")).isEqualTo("API");
        assertThat(stored.get("requester_verified_at")).isNotNull();
        assertThat(((Number) stored.get("version")).longValue()).isNotEqualTo(99L);
        assertThat(agent.get("api/tickets/" + ticket.reference()).text("subject")).isEqualTo("mass status");
    }

    @Test
    @DisplayName("R3.1 R3.3 an assignment changes the assignee only: not the status, tag, acknowledgement or requester's address")
    void assignee() {
        var ticket = Customers.submit("GENERAL", "mass assignee");
        ExtraFields.send(agent, "PUT", "api/tickets/" + ticket.reference() + "/assignee", "{\"assignee\":\"agent2\"}",
                "{\"status\":\"CLOSED\",\"security\":true,\"acknowledgedBy\":\"supervisor\",\"acknowledgedAt\":\"2020-01-01T00:00:00Z\","
                        + "\"category\":\"BILLING\",\"requesterEmail\":\"evil@example.com\"}", 200);

        var stored = StoredTicket.of(ticket.reference());
        assertThat(agent.get("api/tickets/" + ticket.reference()).text("assignee")).isEqualTo("agent2");
        assertThat(stored.get("status")).as("taking a new ticket opens it; the body's CLOSED counts for nothing").isEqualTo("OPEN");
        assertThat(stored.get("security")).isEqualTo(false);
        assertThat(stored.get("acknowledged_at")).isNull();
        assertThat(stored.get("requester_email")).isEqualTo(ticket.email());
    }

    @Test
    @DisplayName("R3.1 R3.3 an escalation is an escalation: its body cannot choose the tag's source, acknowledge it, move its "
            + "deadline or assign it")
    void escalation() {
        var ticket = Customers.submit("GENERAL", "mass escalation");
        ExtraFields.send(agent, "POST", "api/tickets/" + ticket.reference() + "/escalation", "{\"note\":\"A login from abroad.\"}",
                "{\"source\":\"FORM_CATEGORY\",\"securitySource\":\"FORM_CATEGORY\",\"acknowledgedAt\":\"2020-01-01T00:00:00Z\","
                        + "\"acknowledgedBy\":\"supervisor\",\"acknowledgeBy\":\"2099-01-01T00:00:00Z\",\"ackDueAt\":\"2099-01-01T00:00:00Z\","
                        + "\"assignee\":\"agent\",\"escalationLevel\":2}", 204);

        var state = supervisor.get("api/tickets/" + ticket.reference()).json().getJsonObject("securityState");
        assertThat(state.getString("source")).isEqualTo("ESCALATION");
        assertThat(state.containsKey("acknowledgedAt")).isFalse();
        assertThat(state.getInt("escalationLevel")).isZero();
        assertThat(OffsetDateTime.parse(state.getString("acknowledgeBy")).getYear()).as("the desk's own deadline").isLessThan(2099);
        assertThat(StoredTicket.of(ticket.reference()).get("assignee_id")).isNull();
    }

    @Test
    @DisplayName("R3.3 an acknowledgement is the caller's: its body cannot name another supervisor or assignee")
    void acknowledgement() {
        var ticket = Customers.submit("PRIVACY_SECURITY", "mass acknowledgement");
        var sent = ExtraFields.send(supervisor, "POST", "api/tickets/" + ticket.reference() + "/acknowledgement", "{}",
                "{\"acknowledgedBy\":\"privacy\",\"assignee\":\"agent\",\"acknowledgedAt\":\"2000-01-01T00:00:00Z\"}", 200);

        var view = sent.answer().json();
        assertThat(view.getJsonObject("securityState").getString("acknowledgedBy")).isEqualTo("Sora Supervisor");
        assertThat(view.getJsonObject("securityState").getString("acknowledgedAt")).doesNotStartWith("2000");
        assertThat(view.getString("assignee")).isEqualTo("supervisor");
    }

    @Test
    @DisplayName("R2.7 a reply holding a password stays held when the release claims \"releasable\":true or a releasing supervisor")
    void releaseFlags() {
        var ticket = Customers.submit("GENERAL", "mass release");
        var held = agent.post("api/tickets/" + ticket.reference() + "/replies", "{\"body\":\"Your password: Tz8#kq2!Lm\"}");
        assertThat(held.status()).isEqualTo(422);
        long refusal = held.json().getJsonObject("refusal").getJsonNumber("id").longValue();
        var before = ItDatabase.row("SELECT state, released_by, releasable FROM guard_refusal WHERE id = ?", refusal);
        assertThat(before).containsEntry("releasable", false).containsEntry("released_by", null);

        var release = supervisor.send("POST", "api/tickets/" + ticket.reference() + "/refusals/" + refusal + "/release",
                ExtraFields.merge("{\"justification\":\"The customer asked for it on the phone, checked.\"}",
                        "{\"releasable\":true,\"state\":\"RELEASED\",\"releasedBy\":\"privacy\",\"kinds\":[],\"items\":[]}"), Map.of());

        assertThat(release.status()).as(release.body()).isIn(400, 422);
        assertThat(ItDatabase.row("SELECT state, released_by, releasable FROM guard_refusal WHERE id = ?", refusal)).isEqualTo(before);
    }

    @Test
    @DisplayName("R2.1 R1.3 an insert for another customer's account stays refused when the body claims the requester owns it")
    void insertOwnership() {
        var owner = Directory.put(Directory.unique("Sho Kimura", "キムラ ショウ"));
        var other = Directory.put(Directory.unique("Aiko Tani", "タニ アイコ"));
        var ticket = Customers.submit(owner.email(), "GENERAL", "mass insert", "Hello");

        var insert = agent.send("POST", "api/tickets/" + ticket.reference() + "/account-inserts",
                ExtraFields.merge("{\"accountNumber\":" + Api.quote(other.number()) + ",\"field\":\"LOGIN\"}",
                        "{\"ownerEmail\":" + Api.quote(owner.email()) + ",\"owner\":" + Api.quote(owner.email()) + ",\"requesterEmail\":"
                                + Api.quote(other.email()) + ",\"verified\":true,\"owned\":true}"), Map.of());

        assertThat(insert.status()).as(insert.body()).isIn(400, 422);
        assertThat(insert.body()).doesNotContain(other.login());
        assertThat(ItDatabase.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREDENTIAL_INSERT' AND ticket_ref = ? "
                + "AND outcome = 'INSERTED'", ticket.reference())).isZero();
    }

    /** What a client may not give its ticket: none of TICKET_FIELDS was taken. */
    static void assertUntouched(Map<String, Object> stored, String status, String channel) {
        assertThat(stored).as("the ticket was stored").isNotEmpty();
        assertThat(stored.get("status")).isEqualTo(status);
        assertThat(stored.get("channel")).isEqualTo(channel);
        assertThat(stored.get("security")).isEqualTo(false);
        assertThat(stored.get("security_source")).isNull();
        assertThat(stored.get("assignee_id")).isNull();
        assertThat(stored.get("acknowledged_at")).isNull();
        assertThat(((Number) stored.get("escalation_level")).intValue()).isZero();
        assertThat(stored.get("related_ticket_id")).isNull();
        assertThat(((Number) stored.get("version")).longValue()).isLessThan(99);
        assertThat(((OffsetDateTime) stored.get("created_at")).getYear()).isGreaterThan(2000);
    }

    private static JsonObject lastMessage(JsonObject view) {
        var messages = view.getJsonArray("messages");
        return messages.getJsonObject(messages.size() - 1);
    }
}
