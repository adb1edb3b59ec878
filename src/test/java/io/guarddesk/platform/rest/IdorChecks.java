package io.guarddesk.platform.rest;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Incidents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IDOR/BOLA on ticket references (issue #7): every endpoint that takes one × every caller ×
 * every ticket that caller may not see (a security ticket, an escalated one, an unconfirmed one,
 * and for non-agents a general one) answers byte for byte like a reference that does not exist,
 * and never 2xx. Tickets are shared by role, not by assignee, so a colleague's ticket is an
 * agent's own. Other ids are in {@code ForeignIdChecks}, links in {@code CustomerLinkChecks},
 * pages in {@code PageIdorChecks}, guessing in {@code NeighbourProbeChecks}. Run inside
 * {@code GuarddeskIT}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class IdorChecks {

    static final String JUSTIFICATION = "{\"justification\":\"Checked with the account holder by phone today.\"}";

    /** One endpoint: its path and body for a reference; reads are safe to call on visible tickets too. */
    record Call(String name, String method, Function<String, String> path, Function<String, String> body) {

        Api.Answer send(Api api, String reference) {
            return api.send(method, path.apply(reference), body == null ? null : body.apply(reference), Map.of());
        }

        boolean read() {
            return method.equals("GET");
        }

        /** A search answers "nothing found" with 200: hidden must find the same nothing. */
        boolean search() {
            return name.contains("?q=");
        }
    }

    static final List<Call> CALLS = List.of(
            new Call("GET /api/tickets/{ref}", "GET", ref -> "api/tickets/" + ref, null),
            new Call("GET /api/tickets?q={ref}", "GET", ref -> "api/tickets?q=" + ref, null),
            new Call("GET /api/tickets/{ref}/refusals", "GET", ref -> "api/tickets/" + ref + "/refusals", null),
            new Call("GET /api/tickets/{ref}/accounts", "GET", ref -> "api/tickets/" + ref + "/accounts", null),
            new Call("POST /api/tickets/{ref}/replies", "POST", ref -> "api/tickets/" + ref + "/replies",
                    ref -> "{\"body\":\"Thank you, we are looking into it.\"}"),
            new Call("POST /api/tickets/{ref}/account-inserts", "POST", ref -> "api/tickets/" + ref + "/account-inserts",
                    ref -> "{\"accountNumber\":\"C-100234\",\"field\":\"NUMBER\"}"),
            new Call("POST /api/tickets/{ref}/refusals/{id}/release", "POST", ref -> "api/tickets/" + ref + "/refusals/1/release",
                    ref -> JUSTIFICATION),
            new Call("PUT /api/tickets/{ref}/status", "PUT", ref -> "api/tickets/" + ref + "/status", ref -> "{\"status\":\"SOLVED\"}"),
            new Call("PUT /api/tickets/{ref}/assignee", "PUT", ref -> "api/tickets/" + ref + "/assignee",
                    ref -> "{\"assignee\":\"agent\"}"),
            new Call("POST /api/tickets/{ref}/escalation", "POST", ref -> "api/tickets/" + ref + "/escalation",
                    ref -> "{\"note\":\"Looks like a security matter.\"}"),
            new Call("POST /api/tickets/{ref}/acknowledgement", "POST", ref -> "api/tickets/" + ref + "/acknowledgement", ref -> ""),
            new Call("POST /api/tickets/{ref}/security-clearance", "POST", ref -> "api/tickets/" + ref + "/security-clearance",
                    ref -> "{\"reason\":\"Not a security matter after all.\"}"),
            new Call("POST /api/incidents {ticket}", "POST", ref -> "api/incidents", Incidents::openRequest),
            new Call("POST /api/incidents/{inc}/tickets {ticket}", "POST", ref -> "api/incidents/" + Targets.get().incident + "/tickets",
                    ref -> "{\"ticket\":" + Api.quote(ref) + "}"));

    static Stream<Arguments> matrix() {
        var cases = new ArrayList<Arguments>();
        for (var call : CALLS) {
            for (var caller : Caller.values()) {
                cases.add(Arguments.of(call.name(), caller, call));
            }
        }
        return cases.stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    @DisplayName("R3.2 R1.1 R7.3 a ticket the caller may not see answers every ticket endpoint exactly like a reference that "
            + "does not exist, never 2xx; one they may see is read as usual")
    void hiddenTicketLooksMissing(String name, Caller caller, Call call) {
        var targets = Targets.get();
        var api = caller.api();
        var missing = call.send(api, Targets.missingReference());
        if (call.search() && missing.status() == 200) {
            assertThat(missing.json().getInt("total")).as("nothing found for a missing reference").isZero();
        } else {
            assertThat(missing.status() / 100).as(name + " as " + caller + " for a missing ticket: " + missing).isNotEqualTo(2);
        }

        for (var kind : Targets.Kind.values()) {
            if (!caller.sees(kind)) {
                var answer = call.send(api, targets.reference(kind));
                if (call.search()) {
                    Answers.assertSameAnswer(name + " as " + caller + " on " + kind, answer, missing);
                } else {
                    Answers.assertLikeMissing(name + " as " + caller + " on " + kind, answer, missing);
                }
            } else if (call.read()) {
                // without this, a broken fixture or credential would make every answer "missing" and the check pass
                assertThat(call.send(api, targets.reference(kind)).status()).as(name + " as " + caller + " on " + kind).isEqualTo(200);
            }
        }
    }

    @Order(2)
    @Test
    @DisplayName("R3.2 R7.3 the refused calls changed nothing: the tickets keep their status, assignee, thread and tag, the "
            + "unconfirmed one still waits, the incident links no new ticket")
    void refusedCallsChangedNothing() {
        Targets.get().assertUnchanged();
    }

    @Test
    @DisplayName("R1.8 the reference lookup tells an agent only where a hidden ticket is, never what it holds; nobody else learns even that")
    void lookupRevealsOnlyWhere() {
        var targets = Targets.get();
        for (var caller : new Caller[]{Caller.ANONYMOUS, Caller.CUSTOMER, Caller.ADMIN}) {
            var missing = caller.api().get("api/tickets/lookup?reference=" + Targets.missingReference());
            for (var kind : Targets.Kind.values()) {
                Answers.assertLikeMissing("lookup as " + caller + " on " + kind,
                        caller.api().get("api/tickets/lookup?reference=" + targets.reference(kind)), missing);
            }
        }
        var agent = Caller.AGENT.api();
        for (var kind : new Targets.Kind[]{Targets.Kind.SECURITY, Targets.Kind.ESCALATED, Targets.Kind.UNCONFIRMED}) {
            var where = agent.get("api/tickets/lookup?reference=" + targets.reference(kind));
            assertThat(where.json().keySet()).as("R1.8 by design: where, not what").isSubsetOf("reference", "where", "handTo");
            assertThat(where.body()).as("no address, no subject").doesNotContain("@").doesNotContainIgnoringCase("invoice")
                    .doesNotContainIgnoringCase("delivery");
        }
    }
}
