package io.guarddesk.platform.web;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.CrossSite;
import io.guarddesk.testing.CrossSite.Call;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Directory;
import io.guarddesk.testing.ItDatabase;
import io.guarddesk.testing.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7.3 cross-site requests on the API, part two: every POST and PUT of incidents (R3.4) and bulk
 * notices (R5), the two-person approval included. As in {@link CsrfChecks}: refused with 403 and
 * no effect in every cross-site form, then accepted with its effect from our own site.
 * Run inside {@code GuarddeskIT}.
 */
public abstract class CsrfWorkflowChecks {

    static final Api SUPERVISOR = Staff.SUPERVISOR.api();
    static final Api APPROVER = Staff.PRIVACY.api();

    static Stream<Arguments> calls() {
        return Stream.of(
                call("POST /api/incidents", CsrfWorkflowChecks::incidentOpened),
                call("PUT /api/incidents/{ref}", () -> onIncident("[\"EMAIL\"]", "PUT", "", update("Renamed by the check"))),
                call("POST /api/incidents/{ref}/reports", () -> onIncident("[\"CREDENTIALS\"]", "POST", "/reports",
                        "{\"kind\":\"APPI_PRELIMINARY\"}")),
                call("POST /api/incidents/{ref}/tickets", () -> onIncident("[\"EMAIL\"]", "POST", "/tickets",
                        "{\"ticket\":" + Api.quote(Customers.submit("GENERAL", "csrf linked").reference()) + "}")),
                call("PUT /api/incidents/{ref}/accounts", () -> onIncident("[\"EMAIL\"]", "PUT", "/accounts",
                        "{\"accounts\":[" + Api.quote(Directory.put(Directory.unique("Emi Kudo", "クドウ エミ")).number()) + "]}")),
                // one person's e-mail address, no unauthorised access, no GDPR: no report is owed, so it may close
                call("POST /api/incidents/{ref}/close", () -> onIncident("[\"EMAIL\"]", "POST", "/close", "{}")),
                call("POST /api/notices", CsrfWorkflowChecks::noticeDrafted),
                call("PUT /api/notices/{id}", () -> onNotice(SUPERVISOR, "PUT", "", noticeBody("Changed by the check"), false, false)),
                call("PUT /api/notices/{id}/recipients (JSON)", CsrfWorkflowChecks::recipientsByQuery),
                call("PUT /api/notices/{id}/recipients (CSV)", CsrfWorkflowChecks::recipientsByFile),
                call("POST /api/notices/{id}/submission", () -> onNotice(SUPERVISOR, "POST", "/submission", "", true, false)),
                call("POST /api/notices/{id}/approval", CsrfWorkflowChecks::approval),
                call("POST /api/notices/{id}/rejection", () -> onNotice(APPROVER, "POST", "/rejection",
                        "{\"reason\":\"Say when it happened.\"}", true, true)),
                call("POST /api/notices/{id}/resume", CsrfWorkflowChecks::resume));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    @DisplayName("R7.3 R3.4 R5.2 an incident or notice call from another site is refused (403) and changes nothing; the same call from here works")
    void refusedFromAnotherSite(String name, Supplier<Call> setUp) {
        CrossSite.assertRefusedThenAccepted(name, setUp.get(), true);
    }

    @Test
    @DisplayName("R7.3 R5.3 pausing a notice that is being sent, from another site, is refused and it keeps sending; from here it pauses")
    void pause() throws SQLException {
        long id = draft();
        // No API brings a notice into SENDING without real mail going out, and a real one may finish
        // before the check does. A notice counting a million recipients that has none stays SENDING
        // as long as needed and sends nothing.
        ItDatabase.update("UPDATE notice SET status = 'SENDING', recipient_count = 1000000, started_at = CURRENT_TIMESTAMP WHERE id = ?", id);
        try {
            CrossSite.assertRefusedThenAccepted("POST /api/notices/{id}/pause",
                    Call.json(SUPERVISOR, "POST", "api/notices/" + id + "/pause", "", 200, () -> stored(id).get("status")), true);
            assertThat(stored(id).get("status")).isEqualTo("PAUSED");
        } finally {
            ItDatabase.update("UPDATE notice SET status = 'PAUSED', paused_by = 'supervisor' WHERE id = ? AND status = 'SENDING'", id);
        }
    }

    private static Arguments call(String name, Supplier<Call> setUp) {
        return Arguments.of(name, setUp);
    }

    // ---- incidents ----

    private static Call incidentOpened() {
        var ticket = Customers.submit("PRIVACY_SECURITY", "csrf incident").reference();
        return Call.json(SUPERVISOR, "POST", "api/incidents", open(ticket, "[\"EMAIL\"]"), 201,
                () -> ItDatabase.number("SELECT COUNT(*) FROM incident WHERE opened_from = ?", ticket));
    }

    private static Call onIncident(String kinds, String method, String suffix, String body) {
        var ticket = Customers.submit("PRIVACY_SECURITY", "csrf incident " + suffix).reference();
        var opened = SUPERVISOR.post("api/incidents", open(ticket, kinds));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var reference = opened.text("reference");
        return Call.json(SUPERVISOR, method, "api/incidents/" + reference + suffix, body, 200, () -> ItDatabase.row(
                "SELECT i.status, i.title, i.version, i.preliminary_report_at, i.closed_at, "
                        + "(SELECT COUNT(*) FROM incident_ticket t WHERE t.incident_id = i.id) AS tickets, "
                        + "(SELECT COUNT(*) FROM incident_account a WHERE a.incident_id = i.id) AS accounts "
                        + "FROM incident i WHERE i.reference = ?", reference));
    }

    /** Discovered an hour ago, in JST: one person, no unauthorised access, no GDPR. */
    static String open(String ticket, String kinds) {
        return "{\"ticket\":" + Api.quote(ticket) + "," + facts("Leak reported by a customer", kinds).substring(1);
    }

    private static String update(String title) {
        return facts(title, "[\"EMAIL\"]");
    }

    private static String facts(String title, String kinds) {
        var discovered = OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
        return "{\"title\":" + Api.quote(title) + ",\"kinds\":" + kinds + ",\"people\":1,\"discoveredAt\":\"" + discovered
                + "\",\"unauthorisedAccess\":false,\"gdpr\":false}";
    }

    // ---- notices ----

    private static Call noticeDrafted() {
        var subject = "csrf " + UUID.randomUUID();
        return Call.json(SUPERVISOR, "POST", "api/notices", noticeBody(subject), 201,
                () -> ItDatabase.number("SELECT COUNT(*) FROM notice WHERE subject_en = ?", subject));
    }

    private static Call recipientsByQuery() {
        long id = draft();
        var account = Directory.put(Directory.unique("Nana Ueno", "ウエノ ナナ"));
        return Call.json(SUPERVISOR, "PUT", "api/notices/" + id + "/recipients", "{\"query\":{\"prefix\":" + Api.quote(account.number()) + "}}",
                200, () -> stored(id));
    }

    private static Call recipientsByFile() {
        long id = draft();
        var account = Directory.put(Directory.unique("Jin Hara", "ハラ ジン"));
        return new Call(SUPERVISOR, "PUT", "api/notices/" + id + "/recipients", "account_number,language\n" + account.number() + ",en\n",
                "text/csv; charset=UTF-8", 200, () -> stored(id));
    }

    private static Call approval() {
        long id = submitted();
        var hash = APPROVER.get("api/notices/" + id + "/review").json().getString("hash");
        return Call.json(APPROVER, "POST", "api/notices/" + id + "/approval", "{\"hash\":" + Api.quote(hash) + "}", 200, () -> stored(id));
    }

    private static Call resume() {
        long id = draft();
        // PAUSED is reached only from SENDING (see pause()); with no recipients, resuming finishes at once
        try {
            ItDatabase.update("UPDATE notice SET status = 'PAUSED', paused_by = 'supervisor', started_at = CURRENT_TIMESTAMP WHERE id = ?", id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Call.json(SUPERVISOR, "POST", "api/notices/" + id + "/resume", "", 200, () -> stored(id).get("status"));
    }

    /** A call on a fresh draft; {@code withRecipients}: one recipient set; {@code submitted}: waiting for approval. */
    private static Call onNotice(Api caller, String method, String suffix, String body, boolean withRecipients, boolean submitted) {
        long id = submitted ? submitted() : withRecipients ? withRecipients() : draft();
        return Call.json(caller, method, "api/notices/" + id + suffix, body, 200, () -> stored(id));
    }

    private static long draft() {
        var drafted = SUPERVISOR.post("api/notices", noticeBody("csrf " + UUID.randomUUID()));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        return drafted.json().getJsonNumber("id").longValue();
    }

    private static long withRecipients() {
        long id = draft();
        var account = Directory.put(Directory.unique("Rika Endo", "エンドウ リカ"));
        var set = SUPERVISOR.put("api/notices/" + id + "/recipients", "{\"query\":{\"prefix\":" + Api.quote(account.number()) + "}}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        return id;
    }

    private static long submitted() {
        long id = withRecipients();
        var submitted = SUPERVISOR.post("api/notices/" + id + "/submission", "");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    static Map<String, Object> stored(long id) {
        return ItDatabase.row("SELECT status, subject_en, recipient_count, approved_by, rejected_by, paused_by, version "
                + "FROM notice WHERE id = ?", id);
    }

    /** A notice for tomorrow: an approval in a check never sends anything while the suite runs. */
    static String noticeBody(String subject) {
        var sendAt = OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(1).truncatedTo(ChronoUnit.SECONDS);
        return "{\"subjectEn\":" + Api.quote(subject) + ",\"bodyEn\":\"Dear {{name}}, about your accounts {{accounts}}: ...\","
                + "\"subjectJa\":\"お知らせ\",\"bodyJa\":\"{{name}} 様、アカウント {{accounts}} について\","
                + "\"sendAt\":\"" + sendAt + "\"}";
    }
}
