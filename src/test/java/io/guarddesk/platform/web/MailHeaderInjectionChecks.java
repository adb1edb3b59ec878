package io.guarddesk.platform.web;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Directory;
import io.guarddesk.testing.ItDatabase;
import io.guarddesk.testing.Mailbox;
import io.guarddesk.testing.PortalLinks;
import io.guarddesk.testing.Staff;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7.2 R5.1 header injection end to end, through everything a person types that a mail header
 * carries: the requester's name and subject (public API, portal), a caller's account holder name
 * and note (phone tickets), a staff member's display name, a notice's subject and the {{name}}
 * filled into it. Each text carries a line break (CR LF, LF, CR, NEL), a typed "%0d%0a" or a
 * Unicode line separator, followed by a Bcc header. Either the desk refuses it with 400 naming
 * the field, or every mail GreenMail receives has one To, one Subject, no Cc, no Bcc, no header
 * of the text's making, and the Bcc address receives nothing. MimeMailTest checks the message
 * builder alone; this checks every way in. Run inside {@code GuarddeskIT}.
 */
public abstract class MailHeaderInjectionChecks {

    static Stream<Arguments> injections() {
        var cases = Stream.<Arguments>builder();
        for (var field : List.of("name", "subject")) {
            cases.add(Arguments.of(field, "CR LF", "\r\n")).add(Arguments.of(field, "LF", "\n")).add(Arguments.of(field, "CR", "\r"))
                    .add(Arguments.of(field, "NEL", "\u0085")).add(Arguments.of(field, "typed %0d%0a", "%0d%0a"))
                    .add(Arguments.of(field, "U+2028", "\u2028"));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("injections")
    @DisplayName("R7.2 R5.1 a requester's name or subject from the public API cannot add a header to the mails of their ticket")
    void publicSubmission(String field, String how, String lineBreak) throws Exception {
        var bcc = bcc();
        var email = Customers.uniqueEmail();
        var name = field.equals("name") ? "Eve" + lineBreak + "Bcc: " + bcc + lineBreak + "X-Injected: yes" : "Eve";
        var subject = field.equals("subject") ? "Hello" + lineBreak + "Bcc: " + bcc + lineBreak + "X-Injected: yes" : "Hello";

        var answer = Api.anonymous().post("api/tickets", Customers.submission(name, email, "GENERAL", subject, "A question."));

        if (refused(answer, field)) {
            return;
        }
        var reference = answer.text("reference");
        Customers.confirm(Mailbox.link(Mailbox.await(email, 1).get(0), "/confirm"));
        assertThat(Staff.AGENT.api().post("api/tickets/" + reference + "/replies", "{\"body\":\"We are on it.\"}").status()).isEqualTo(200);
        assertClean(awaitSubject(email, "New answer to your request " + reference), email, bcc);
    }

    @Test
    @DisplayName("R7.2 R5.1 a name typed on the portal's new-ticket form: a line break is refused next to the field, a line "
            + "separator reaches the mail only inside the To header's name")
    void portalName() throws Exception {
        var email = Customers.uniqueEmail();
        var customer = PortalLinks.signedIn(email);
        var bcc = bcc();

        var refused = customer.post(customer.form("portal/new", "portal-new").set("name", "Eve\r\nBcc: " + bcc)
                .set("category_input", "GENERAL").set("subject", "From the portal").set("message", "Hello"), "submit", Map.of());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.body()).contains("control characters");
        assertThat(ItDatabase.number("SELECT COUNT(*) FROM ticket WHERE requester_email = ?", email)).isZero();

        var accepted = customer.post(customer.form("portal/new", "portal-new").set("name", "Eve\u2028Bcc: " + bcc)
                .set("category_input", "GENERAL").set("subject", "From the portal").set("message", "Hello"), "submit", Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(302);
        var reference = (String) ItDatabase.row("SELECT reference FROM ticket WHERE requester_email = ?", email).get("reference");
        assertThat(Staff.AGENT.api().post("api/tickets/" + reference + "/replies", "{\"body\":\"We are on it.\"}").status()).isEqualTo(200);
        assertClean(awaitSubject(email, "New answer to your request " + reference), email, bcc);
    }

    @Test
    @DisplayName("R7.2 R1.4 phone tickets: a holder name or subject with a line break is refused naming the field; a note with one "
            + "and a holder name with a line separator leave every mail to the address on file with one To and no Bcc")
    void phoneTicket() throws Exception {
        var bcc = bcc();
        var broken = Directory.unique("Eve\r\nBcc: " + bcc, "");
        assertThat(fieldsOf(Staff.ADMIN.api().put("api/accounts/" + broken.number(), broken.json()))).contains("holderName");
        var account = Directory.put(Directory.unique("Eve\u2028Bcc: " + bcc, ""));
        var agent = Staff.AGENT.api();
        var call = "{\"accountNumber\":" + Api.quote(account.number()) + ",\"category\":\"GENERAL\",\"subject\":%s,\"note\":%s}";
        var header = "\r\nBcc: " + bcc + "\r\nX-Injected: yes";
        assertThat(fieldsOf(agent.post("api/tickets/phone", call.formatted(Api.quote("Invoice" + header), Api.quote("n"))))).contains("subject");

        var opened = agent.post("api/tickets/phone", call.formatted(Api.quote("Invoice"), Api.quote("Caller says:" + header)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(202);
        Customers.confirm(Mailbox.link(Mailbox.await(account.email(), 1).get(0), "/confirm"));
        assertThat(agent.post("api/tickets/" + opened.text("reference") + "/replies", "{\"body\":\"We are on it.\"}").status()).isEqualTo(200);
        assertClean(awaitSubject(account.email(), "New answer to your request " + opened.text("reference")), account.email(), bcc);
    }

    @Test
    @DisplayName("R7.2 R3.3 a staff display name with a line break is refused naming the field; with a line separator, the "
            + "security alert to that supervisor has one To and no Bcc")
    void staffDisplayName() throws Exception {
        var admin = Staff.ADMIN.api();
        var bcc = bcc();
        var username = "hdr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(fieldsOf(admin.post("api/staff", member(username, "Eve\r\nBcc: " + bcc)))).containsExactly("displayName");
        assertThat(admin.post("api/staff", member(username, "Eve\u2028Bcc: " + bcc)).status()).isEqualTo(201);
        try {
            var reference = Api.anonymous().post("api/tickets", Customers.submission("Test Customer", Customers.uniqueEmail(),
                    "PRIVACY_SECURITY", "Header check", "Please check my data.")).text("reference");
            var address = username + "@guarddesk.example";
            var alert = Mailbox.await(address, 1).stream().filter(m -> Mailbox.decoded(m).contains(reference)).toList();
            assertClean(alert, address, bcc);
        } finally {
            // a supervisor of its own would be mailed about every later security ticket
            admin.put("api/staff/" + username, "{\"roles\":[\"SUPERVISOR\"],\"active\":false,\"privacyOfficer\":false}");
        }
    }

    @Test
    @DisplayName("R5.1 R7.2 a notice subject with a line break is refused naming the field; a subject and a {{name}} carrying "
            + "line separators give every recipient one message with one To, one Subject and no Bcc")
    void noticeSubject() throws Exception {
        var supervisor = Staff.SUPERVISOR.api();
        var bcc = bcc();
        assertThat(fieldsOf(supervisor.post("api/notices", notice("Notice\r\nBcc: " + bcc, 60)))).contains("subjectEn");
        var account = Directory.put(Directory.unique("Eve\u2028Bcc: " + bcc, ""));
        var drafted = supervisor.post("api/notices", notice("For {{name}}\u2028Bcc: " + bcc, -1));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        long id = drafted.json().getJsonNumber("id").longValue();
        supervisor.put("api/notices/" + id + "/recipients", "{\"query\":{\"prefix\":" + Api.quote(account.number()) + "}}");
        supervisor.post("api/notices/" + id + "/submission", "");
        var hash = Staff.PRIVACY.api().get("api/notices/" + id + "/review").json().getString("hash");
        assertThat(Staff.PRIVACY.api().post("api/notices/" + id + "/approval", "{\"hash\":" + Api.quote(hash) + "}").status()).isEqualTo(200);

        assertClean(Mailbox.await(account.email(), 1), account.email(), bcc);
    }

    // ---- helpers ----

    /** A refusal names the field (true); an acceptance is checked through the mails (false). */
    private static boolean refused(Api.Answer answer, String field) {
        if (answer.status() == 202) {
            return false;
        }
        assertThat(fieldsOf(answer)).as("refused naming the field: " + answer).contains(field);
        return true;
    }

    private static List<String> fieldsOf(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        return answer.json().getJsonArray("fieldErrors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    /** Every mail: one To (the address), one Subject, no Cc, no Bcc, no injected header; and the Bcc address got nothing. */
    private static void assertClean(List<MimeMessage> mails, String to, String bcc) throws MessagingException {
        assertThat(mails).as("mails to " + to).isNotEmpty();
        for (var mail : mails) {
            var lines = Collections.list(mail.getAllHeaderLines());
            assertThat(lines).as("headers of a mail to " + to).filteredOn(l -> starts(l, "Subject:")).hasSize(1);
            assertThat(lines).as("headers of a mail to " + to).filteredOn(l -> starts(l, "To:")).hasSize(1);
            assertThat(lines).as("headers of a mail to " + to).noneMatch(l -> starts(l, "Bcc:") || starts(l, "Cc:") || starts(l, "X-Injected:"));
            assertThat(mail.getRecipients(Message.RecipientType.TO)).hasSize(1);
            assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress()).isEqualTo(to);
            assertThat(mail.getRecipients(Message.RecipientType.CC)).isNull();
        }
        assertThat(Mailbox.deliveredTo(bcc)).as("the injected Bcc address received a mail").isFalse();
    }

    private static boolean starts(String line, String header) {
        return line.regionMatches(true, 0, header, 0, header.length());
    }

    private static String bcc() {
        return "bcc-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static String member(String username, String displayName) {
        return "{\"username\":\"" + username + "\",\"displayName\":" + Api.quote(displayName) + ",\"email\":\"" + username
                + "@guarddesk.example\",\"password\":\"" + UUID.randomUUID() + "\",\"roles\":[\"SUPERVISOR\"]}";
    }

    /** Every mail to {@code address} once one whose subject contains {@code subject} arrived (polling, bounded). */
    private static List<MimeMessage> awaitSubject(String address, String subject) throws Exception {
        var deadline = java.time.Instant.now().plusSeconds(30);
        while (java.time.Instant.now().isBefore(deadline)) {
            var mails = Mailbox.to(address);
            for (var mail : mails) {
                if (String.valueOf(mail.getSubject()).contains(subject)) {
                    return mails;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail \"" + subject + "\" to " + address + " in 30 s");
    }

    /** Sent {@code minutes} from now (negative: at once when approved). */
    private static String notice(String subject, int minutes) {
        var sendAt = OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).plusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS);
        return "{\"subjectEn\":" + Api.quote(subject) + ",\"bodyEn\":\"Dear {{name}}, about your accounts {{accounts}}.\","
                + "\"subjectJa\":" + Api.quote(subject) + ",\"bodyJa\":\"{{name}} 様、アカウント {{accounts}} について\","
                + "\"sendAt\":\"" + sendAt + "\"}";
    }
}
