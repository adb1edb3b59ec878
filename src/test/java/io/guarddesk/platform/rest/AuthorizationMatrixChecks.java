package io.guarddesk.platform.rest;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff endpoint × {anonymous, agent, supervisor, admin}: the expected 401/403/2xx, and a
 * ticket the caller may not see answers exactly like one that does not exist. Run inside
 * {@code GuarddeskIT}.
 */
public abstract class AuthorizationMatrixChecks {

    /** Who calls. */
    enum Caller {
        ANONYMOUS(null), AGENT(Staff.AGENT), SUPERVISOR(Staff.SUPERVISOR), ADMIN(Staff.ADMIN);

        final Staff staff;

        Caller(Staff staff) {
            this.staff = staff;
        }

        Api api() {
            return staff == null ? Api.anonymous() : staff.api();
        }
    }

    /** An endpoint: how to call it (given a fresh ticket reference) and what each caller gets. */
    record Endpoint(String name, Function<String, String[]> call, int anonymous, int agent, int supervisor, int admin) {

        int expected(Caller caller) {
            return switch (caller) {
                case ANONYMOUS -> anonymous;
                case AGENT -> agent;
                case SUPERVISOR -> supervisor;
                case ADMIN -> admin;
            };
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /api/tickets", ref -> new String[]{"GET", "api/tickets", null}, 401, 200, 200, 403),
            new Endpoint("GET /api/tickets/lookup", ref -> new String[]{"GET", "api/tickets/lookup?reference=" + ref, null}, 401, 200, 200, 403),
            new Endpoint("POST /api/tickets/phone", ref -> new String[]{"POST", "api/tickets/phone", "{\"accountNumber\":\"C-100871\","
                    + "\"category\":\"GENERAL\",\"subject\":\"matrix\",\"note\":\"n\"}"}, 401, 202, 202, 403),
            new Endpoint("GET /api/tickets/{ref}", ref -> new String[]{"GET", "api/tickets/" + ref, null}, 401, 200, 200, 403),
            new Endpoint("GET /api/admin/mailbox", ref -> new String[]{"GET", "api/admin/mailbox", null}, 401, 403, 403, 200),
            new Endpoint("POST /api/tickets/{ref}/replies", ref -> new String[]{"POST", "api/tickets/" + ref + "/replies", "{\"body\":\"hi\"}"}, 401, 200, 200, 403),
            new Endpoint("PUT /api/tickets/{ref}/status", ref -> new String[]{"PUT", "api/tickets/" + ref + "/status", "{\"status\":\"OPEN\"}"}, 401, 200, 200, 403),
            new Endpoint("PUT /api/tickets/{ref}/assignee", ref -> new String[]{"PUT", "api/tickets/" + ref + "/assignee", "{\"assignee\":\"agent2\"}"}, 401, 200, 200, 403),
            new Endpoint("GET /api/me", ref -> new String[]{"GET", "api/me", null}, 401, 200, 200, 200),
            new Endpoint("GET /api/me/tokens", ref -> new String[]{"GET", "api/me/tokens", null}, 401, 200, 200, 200),
            new Endpoint("POST /api/me/tokens", ref -> new String[]{"POST", "api/me/tokens", "{\"name\":\"matrix\"}"}, 401, 201, 201, 201),
            new Endpoint("DELETE /api/me/tokens/{id}", ref -> new String[]{"DELETE", "api/me/tokens/999999999", null}, 401, 404, 404, 404),
            new Endpoint("GET /api/staff", ref -> new String[]{"GET", "api/staff", null}, 401, 403, 403, 200),
            new Endpoint("POST /api/staff", ref -> new String[]{"POST", "api/staff", "{}"}, 401, 403, 403, 400),
            new Endpoint("PUT /api/staff/{username}", ref -> new String[]{"PUT", "api/staff/no-such-member", "{\"roles\":[\"AGENT\"],"
                    + "\"active\":true,\"privacyOfficer\":false}"}, 401, 403, 403, 404),
            new Endpoint("GET /api/admin/audit", ref -> new String[]{"GET", "api/admin/audit", null}, 401, 403, 403, 200),
            new Endpoint("GET /api/admin/audit/verify", ref -> new String[]{"GET", "api/admin/audit/verify", null}, 401, 403, 403, 200),
            new Endpoint("GET /api/incidents", ref -> new String[]{"GET", "api/incidents", null}, 401, 403, 200, 403),
            new Endpoint("GET /api/incidents/{ref}", ref -> new String[]{"GET", "api/incidents/INC-1999-9999", null}, 401, 404, 404, 403),
            new Endpoint("GET /api/admin/classifier-rules", ref -> new String[]{"GET", "api/admin/classifier-rules", null}, 401, 403, 403, 200),
            new Endpoint("POST /api/admin/classifier-rules", ref -> new String[]{"POST", "api/admin/classifier-rules", "{}"}, 401, 403, 403, 400),
            new Endpoint("PUT /api/admin/classifier-rules/{id}", ref -> new String[]{"PUT", "api/admin/classifier-rules/999999999",
                    "{\"pattern\":\"ab cd\",\"language\":\"en\",\"kind\":\"SIGNAL\"}"}, 401, 403, 403, 404),
            new Endpoint("POST /api/admin/classifier-rules/test", ref -> new String[]{"POST", "api/admin/classifier-rules/test",
                    "{\"subject\":\"a\",\"body\":\"b\"}"}, 401, 403, 403, 200));

    static Stream<Arguments> matrix() {
        var cases = new ArrayList<Arguments>();
        for (var endpoint : ENDPOINTS) {
            for (var caller : Caller.values()) {
                cases.add(Arguments.of(endpoint.name(), caller, endpoint));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    @DisplayName("every staff endpoint × role gives the expected status")
    void endpointByRole(String name, Caller caller, Endpoint endpoint) {
        var reference = Customers.submit("GENERAL", "matrix " + name).reference();
        var call = endpoint.call().apply(reference);

        var answer = caller.api().send(call[0], call[1], call[2], java.util.Map.of());

        assertThat(answer.status()).as(name + " as " + caller + ": " + answer.body()).isEqualTo(endpoint.expected(caller));
        assertThat(answer.header("Content-Type")).startsWith("application/json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ticketEndpoints")
    @DisplayName("R3.2 a security ticket and a ticket that does not exist answer an agent identically")
    void invisibleLooksLikeMissing(String name, String method, String suffix, String body) {
        var hidden = Customers.submit("RECEIVED_OTHERS_INFORMATION", "I got someone else's mail").reference();
        var missing = "GD-00000-00000-00000";
        var agent = Staff.AGENT.api();

        var forHidden = agent.send(method, "api/tickets/" + hidden + suffix, body, java.util.Map.of());
        var forMissing = agent.send(method, "api/tickets/" + missing + suffix, body, java.util.Map.of());

        assertThat(forHidden.status()).isEqualTo(404);
        assertThat(forHidden.body()).isEqualTo(forMissing.body());
        assertThat(Staff.SUPERVISOR.api().get("api/tickets/" + hidden).status()).as("supervisors see it").isEqualTo(200);
        assertThat(agent.get("api/tickets?q=" + hidden).json().getInt("total")).as("nor is it listed").isZero();
    }

    static Stream<Arguments> ticketEndpoints() {
        return Stream.of(
                Arguments.of("GET", "GET", "", null),
                Arguments.of("reply", "POST", "/replies", "{\"body\":\"hi\"}"),
                Arguments.of("status", "PUT", "/status", "{\"status\":\"OPEN\"}"),
                Arguments.of("assign", "PUT", "/assignee", "{\"assignee\":\"agent\"}"));
    }
}
