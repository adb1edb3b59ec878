package io.guarddesk.incidents.boundary;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Staff;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R3.4 against the deployed WAR: incidents opened from security tickets over the API, their
 * clocks, and who may see them. Run inside {@code GuarddeskIT}.
 */
public abstract class IncidentChecks {

    final Api supervisor = Staff.SUPERVISOR.api();
    final Api agent = Staff.AGENT.api();

    @Test
    @DisplayName("R3.4 a supervisor opens an incident from a security ticket: 201 with its clocks; one person's card data is APPI-reportable")
    void openFromSecurityTicket() {
        var ticket = Customers.submit("PRIVACY_SECURITY", "Someone else's card number in my reply").reference();

        var opened = supervisor.post("api/incidents", open(ticket, "[\"CARD_DATA\",\"NAME\"]", 1, false));

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var incident = opened.json();
        var reference = incident.getString("reference");
        assertThat(reference).matches("INC-\\d{4}-\\d{4,}");
        assertThat(opened.header("Location")).endsWith("/api/incidents/" + reference);
        assertThat(incident.getString("openedFrom")).isEqualTo(ticket);
        assertThat(incident.getBoolean("appiReportable")).isTrue();
        assertThat(incident.getJsonArray("appiGrounds").getString(0)).isEqualTo("FINANCIAL_DAMAGE");
        var clocks = incident.getJsonArray("clocks");
        assertThat(clocks).hasSize(3);
        assertThat(clock(incident, 0).getString("deadline")).isEqualTo("APPI_PRELIMINARY");
        assertThat(clock(incident, 0).getString("state")).isEqualTo("RUNNING");
        assertThat(clock(incident, 0).getJsonNumber("remainingSeconds").longValue()).isPositive();
        assertThat(clock(incident, 0).getString("dueLocal")).as("APPI days end at midnight JST").contains("T00:00").endsWith("+09:00");
        assertThat(clock(incident, 1).getString("state")).isEqualTo("RUNNING");
        assertThat(clock(incident, 2).getString("state")).isEqualTo("NOT_REQUIRED");
        assertThat(clock(incident, 2).getString("reason")).isEqualTo("GDPR_DOES_NOT_APPLY");

        assertThat(supervisor.get("api/incidents/" + reference).status()).isEqualTo(200);
        assertThat(supervisor.get("api/incidents").body()).contains("\"reference\":\"" + reference + "\"");
        var again = supervisor.post("api/incidents", open(ticket, "[\"EMAIL\"]", 2, false));
        assertThat(again.status()).as("one open incident per ticket").isEqualTo(409);
        assertThat(again.text("message")).contains(reference);
    }

    @Test
    @DisplayName("R3.4 a ticket that is not a security ticket opens no incident (422, says why); a ticket that does not exist answers 404")
    void refusedForOtherTickets() {
        var general = Customers.submit("GENERAL", "Question about my invoice").reference();

        var refused = supervisor.post("api/incidents", open(general, "[\"EMAIL\"]", 1, false));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.text("message")).contains("security ticket");
        assertThat(supervisor.post("api/incidents", open("GD-00000-00000-00000", "[\"EMAIL\"]", 1, false)).status()).isEqualTo(404);

        var security = Customers.submit("PRIVACY_SECURITY", "Data leak").reference();
        var invalid = supervisor.post("api/incidents", "{\"ticket\":" + Api.quote(security) + ",\"title\":\"\",\"kinds\":[],\"people\":0,"
                + "\"discoveredAt\":\"2999-01-01T00:00:00+09:00\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"title\"").contains("\"kinds\"").contains("\"people\"").contains("\"discoveredAt\"");
    }

    @Test
    @DisplayName("R3.4 R3.2 agents: 403 on the incident collection, 404 on an incident, exactly as for one that does not exist")
    void agentsSeeNoIncidents() {
        var ticket = Customers.submit("PRIVACY_SECURITY", "My address was shown to another customer").reference();
        var reference = supervisor.post("api/incidents", open(ticket, "[\"POSTAL_ADDRESS\"]", 3, false)).json().getString("reference");

        assertThat(agent.get("api/incidents").status()).isEqualTo(403);
        assertThat(agent.post("api/incidents", open(ticket, "[\"EMAIL\"]", 1, false)).status()).isEqualTo(403);
        var hidden = agent.get("api/incidents/" + reference);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(agent.get("api/incidents/INC-1999-9999").body());
        for (var call : new String[][]{{"PUT", "", open(ticket, "[\"EMAIL\"]", 1, false)}, {"POST", "/reports", "{\"kind\":\"GDPR\"}"},
                {"POST", "/tickets", "{\"ticket\":" + Api.quote(ticket) + "}"}, {"POST", "/close", "{}"}}) {
            assertThat(agent.send(call[0], "api/incidents/" + reference + call[1], call[2], Map.of()).status())
                    .as(call[0] + call[1]).isEqualTo(404);
        }
        assertThat(supervisor.get("api/incidents/" + reference).json().getInt("version")).as("nothing changed").isEqualTo(1);
    }

    @Test
    @DisplayName("R3.4 recording the preliminary report makes its clock DONE; the final report is still owed, so closing is refused")
    void reportRecorded() {
        var ticket = Customers.submit("PRIVACY_SECURITY", "Passwords in a mail").reference();
        var reference = supervisor.post("api/incidents", open(ticket, "[\"CREDENTIALS\"]", 1, true)).json().getString("reference");

        var reported = supervisor.post("api/incidents/" + reference + "/reports", "{\"kind\":\"APPI_PRELIMINARY\"}");

        assertThat(reported.status()).as(reported.body()).isEqualTo(200);
        assertThat(clock(reported.json(), 0).getString("state")).isEqualTo("DONE");
        assertThat(clock(reported.json(), 0).getString("reportedAt")).isNotBlank();
        assertThat(clock(reported.json(), 1).getString("state")).isEqualTo("RUNNING");
        assertThat(supervisor.post("api/incidents/" + reference + "/reports", "{\"kind\":\"SOON\"}").status()).isEqualTo(400);
        var close = supervisor.post("api/incidents/" + reference + "/close", "{}");
        assertThat(close.status()).isEqualTo(422);
        assertThat(close.text("message")).contains("final");
    }

    private static JsonObject clock(JsonObject incident, int index) {
        return incident.getJsonArray("clocks").getJsonObject(index);
    }

    /** Discovered an hour ago, in JST, as a supervisor in Tokyo would type it. */
    private static String open(String ticket, String kinds, int people, boolean unauthorisedAccess) {
        var discovered = OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
        return "{\"ticket\":" + Api.quote(ticket) + ",\"title\":\"Leak reported by a customer\",\"kinds\":" + kinds + ",\"people\":"
                + people + ",\"discoveredAt\":\"" + discovered + "\",\"unauthorisedAccess\":" + unauthorisedAccess + ",\"gdpr\":false}";
    }
}
