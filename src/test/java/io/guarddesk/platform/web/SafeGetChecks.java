package io.guarddesk.platform.web;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.DatabaseFingerprint;
import io.guarddesk.testing.Directory;
import io.guarddesk.testing.FacesClient;
import io.guarddesk.testing.Mailbox;
import io.guarddesk.testing.PortalLinks;
import io.guarddesk.testing.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7.3 no GET changes state: every GET of the API and every page, as every role, between two
 * fingerprints of the whole database ({@link DatabaseFingerprint}: rows of every table, versions,
 * state columns), which must be equal. The API is read with personal tokens and the pages in
 * signed-in sessions, so nobody signs in during the sweep. The links mailed to customers are
 * opened too: opening one must change nothing (a mail scanner opens links), which the links
 * still working afterwards shows once more. Run inside {@code GuarddeskIT}.
 */
public abstract class SafeGetChecks {

    static final Duration QUIET = Duration.ofSeconds(60);

    /** What the sweep reads: a ticket of each kind, an incident, a notice. */
    record Desk(String ticket, String accessKey, String securityTicket, String incident, long notice) {

        static Desk prepare() {
            var ticket = Customers.submit("GENERAL", "get sweep");
            var security = Customers.submit("PRIVACY_SECURITY", "get sweep security").reference();
            var discovered = OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
            var supervisor = Staff.SUPERVISOR.api();
            var incident = supervisor.post("api/incidents", "{\"ticket\":" + Api.quote(security) + ",\"title\":\"Sweep\","
                    + "\"kinds\":[\"EMAIL\"],\"people\":1,\"discoveredAt\":\"" + discovered + "\",\"gdpr\":false}");
            assertThat(incident.status()).as(incident.body()).isEqualTo(201);
            var account = Directory.put(Directory.unique("Mina Ota", "オオタ ミナ"));
            var notice = supervisor.post("api/notices", CsrfWorkflowChecks.noticeBody("Sweep"));
            assertThat(notice.status()).as(notice.body()).isEqualTo(201);
            long id = notice.json().getJsonNumber("id").longValue();
            var recipients = supervisor.put("api/notices/" + id + "/recipients", "{\"query\":{\"prefix\":" + Api.quote(account.number()) + "}}");
            assertThat(recipients.status()).as(recipients.body()).isEqualTo(200);
            return new Desk(ticket.reference(), ticket.accessKey(), security, incident.text("reference"), id);
        }
    }

    @Test
    @DisplayName("R7.3 every GET of the API, as anonymous, agent, supervisor, privacy officer and admin, leaves the database as it was")
    void apiGets() {
        var desk = Desk.prepare();
        var agent = token(Staff.AGENT);
        var supervisor = token(Staff.SUPERVISOR);
        var privacy = token(Staff.PRIVACY);
        var admin = token(Staff.ADMIN);
        var anonymous = Api.anonymous();
        var ticket = "api/tickets/" + desk.ticket();
        List<Map.Entry<Api, String>> reads = List.of(
                Map.entry(anonymous, "api/customer/tickets/" + desk.accessKey()),
                Map.entry(anonymous, "health"), Map.entry(anonymous, "openapi"), Map.entry(anonymous, "metrics"),
                Map.entry(agent, "api/tickets"), Map.entry(agent, "api/tickets?q=" + desk.ticket()),
                Map.entry(agent, "api/tickets/lookup?reference=" + desk.securityTicket()), Map.entry(agent, ticket),
                Map.entry(agent, ticket + "/refusals"), Map.entry(agent, ticket + "/accounts"), Map.entry(agent, "api/notifications"),
                Map.entry(agent, "api/me"), Map.entry(agent, "api/me/tokens"), Map.entry(agent, "api/incidents/" + desk.incident()),
                Map.entry(supervisor, "api/tickets?security=true&sort=ackDueAt&order=asc"),
                Map.entry(supervisor, "api/tickets/" + desk.securityTicket()),
                Map.entry(supervisor, "api/tickets/" + desk.securityTicket() + "/refusals"), Map.entry(supervisor, "api/incidents"),
                Map.entry(supervisor, "api/incidents/" + desk.incident()), Map.entry(supervisor, "api/notices"),
                Map.entry(supervisor, "api/notices/" + desk.notice()), Map.entry(supervisor, "api/notifications"),
                Map.entry(privacy, "api/notices/" + desk.notice() + "/review"), Map.entry(privacy, "api/notifications?limit=200"),
                Map.entry(admin, "api/staff"), Map.entry(admin, "api/admin/audit?limit=50"), Map.entry(admin, "api/admin/audit/verify"),
                Map.entry(admin, "api/admin/mailbox"), Map.entry(admin, "api/admin/classifier-rules"), Map.entry(admin, "api/me"),
                Map.entry(admin, "api/me/tokens"));

        sweep(reads, read -> read.getKey().get(read.getValue()).status() + " " + read.getValue());
    }

    @Test
    @DisplayName("R7.3 R1.1 R1.6 R1.7 R2.2 every page, for visitors, a portal customer, agent, supervisor and admin, and every link "
            + "mailed to a customer (confirmation, \"this wasn't me\", portal sign-in, password reset) leaves the database as it "
            + "was; the links still work afterwards")
    void pageGets() {
        var desk = Desk.prepare();
        var links = Links.mail();
        var visitor = new FacesClient();
        var customer = PortalLinks.signedIn(links.portalEmail());
        var portalLink = PortalLinks.request(links.portalEmail());
        var agent = FacesClient.signedIn(Staff.AGENT);
        var supervisor = FacesClient.signedIn(Staff.SUPERVISOR);
        var admin = FacesClient.signedIn(Staff.ADMIN);
        var mail = Staff.ADMIN.api().get("api/admin/mailbox?limit=1").structure().asJsonArray().getJsonObject(0).getJsonNumber("id");
        List<Map.Entry<FacesClient, String>> pages = List.of(
                Map.entry(visitor, ""), Map.entry(visitor, "?lang=ja"), Map.entry(visitor, "login"), Map.entry(visitor, "portal/index"),
                Map.entry(visitor, "portal/new"), Map.entry(visitor, links.confirm()), Map.entry(visitor, links.notMe()),
                Map.entry(visitor, portalLink), Map.entry(visitor, links.reset()), Map.entry(visitor, "ticket?key=" + desk.accessKey()),
                Map.entry(visitor, "errorpages/expired"), Map.entry(visitor, "agent/queue"),
                Map.entry(customer, "portal/index"), Map.entry(customer, "portal/new"),
                Map.entry(agent, "agent/queue"), Map.entry(agent, "agent/phone"), Map.entry(agent, "agent/ticket?ref=" + desk.ticket()),
                Map.entry(agent, "staff/notifications"), Map.entry(agent, "staff/tokens"), Map.entry(agent, "supervisor/dashboard"),
                Map.entry(supervisor, "supervisor/queue"), Map.entry(supervisor, "supervisor/dashboard"),
                Map.entry(supervisor, "supervisor/incidents"), Map.entry(supervisor, "supervisor/incident?ref=" + desk.incident()),
                Map.entry(supervisor, "supervisor/incident?ticket=" + desk.securityTicket()), Map.entry(supervisor, "supervisor/notices"),
                Map.entry(supervisor, "supervisor/notice?id=" + desk.notice()), Map.entry(supervisor, "supervisor/notice"),
                Map.entry(supervisor, "supervisor/notice?incident=" + desk.incident()),
                Map.entry(supervisor, "agent/ticket?ref=" + desk.securityTicket()), Map.entry(supervisor, "staff/notifications"),
                Map.entry(admin, "admin/mailbox"), Map.entry(admin, "admin/mail?id=" + mail), Map.entry(admin, "admin/accounts"),
                Map.entry(admin, "admin/audit"), Map.entry(admin, "admin/classifier"), Map.entry(admin, "staff/tokens"));

        sweep(pages, page -> page.getKey().get(page.getValue()).status() + " " + page.getValue());

        assertThat(Customers.follow(links.confirm()).body()).as("the confirmation link still asks").contains("Yes, I sent this request");
        assertThat(Customers.confirm(links.confirm()).status()).as("and still confirms").isEqualTo(302);
        assertThat(new FacesClient().form(links.notMe(), "notme-form").fields()).as("the report form is still offered").isNotEmpty();
        var enter = new FacesClient();
        assertThat(enter.post(enter.form(portalLink, "enter-form"), "enter", Map.of()).status()).as("the portal link still signs in")
                .isEqualTo(302);
        assertThat(Staff.ADMIN.api().post("api/reset-links/redeem", "{\"token\":" + Api.quote(links.resetToken()) + "}").status())
                .as("the reset link was not used by opening it").isEqualTo(200);
    }

    /** Reads everything between two fingerprints, which must agree; what each read answered goes into the failure message. */
    private static <T> void sweep(List<T> reads, Function<T, String> read) {
        var before = DatabaseFingerprint.takeWhenQuiet(QUIET);
        var answered = new ArrayList<String>();
        for (var each : reads) {
            answered.add(read.apply(each));
        }
        var after = DatabaseFingerprint.take();
        assertThat(DatabaseFingerprint.differences(before, after)).as("what the GETs changed; they answered " + answered).isEmpty();
    }

    private static Api token(Staff staff) {
        var created = staff.api().post("api/me/tokens", "{\"name\":\"get sweep\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Api.withToken(created.text("token"));
    }

    /** The links a customer finds in the desk's mails, none of them followed yet. */
    record Links(String confirm, String notMe, String portalEmail, String reset, String resetToken) {

        static Links mail() {
            var email = Customers.uniqueEmail();
            Api.anonymous().post("api/tickets", Customers.submission("Test Customer", email, "GENERAL", "get sweep links", "Hello"));
            var confirmation = Mailbox.await(email, 1).get(0);
            var owner = Directory.put(Directory.unique("Toru Baba", "ババ トオル"));
            var ticket = Customers.submit(owner.email(), "GENERAL", "get sweep reset", "Hello");
            int mails = Mailbox.to(owner.email()).size();
            var placeholder = Staff.AGENT.api().post("api/tickets/" + ticket.reference() + "/account-inserts",
                    "{\"accountNumber\":" + Api.quote(owner.number()) + ",\"field\":\"RESET_LINK\"}").text("placeholder");
            var sent = Staff.AGENT.api().post("api/tickets/" + ticket.reference() + "/replies",
                    "{\"body\":" + Api.quote("Your link: " + placeholder) + "}");
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
            var resetMail = Mailbox.await(owner.email(), mails + 2).stream().filter(m -> Mailbox.decoded(m).contains("gdr1.")).findFirst()
                    .orElseThrow(() -> new AssertionError("no reset link mailed to " + owner.email()));
            var reset = Mailbox.link(resetMail, "/reset");
            var token = reset.replaceAll(".*[?&]token=([^&]+).*", "$1");
            return new Links(Mailbox.link(confirmation, "/confirm"), Mailbox.link(confirmation, "/not-me"), Customers.uniqueEmail(), reset,
                    token);
        }
    }
}
