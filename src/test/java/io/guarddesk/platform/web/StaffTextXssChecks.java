package io.guarddesk.platform.web;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.HostileText;
import io.guarddesk.testing.Incidents;
import io.guarddesk.testing.Mailbox;
import io.guarddesk.testing.NewStaff;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.browser.AgentTicketPage;
import io.guarddesk.testing.browser.CustomerNoticePage;
import io.guarddesk.testing.browser.IncidentPage;
import io.guarddesk.testing.browser.WatchedBrowsers;
import io.guarddesk.testing.browser.LoginPage;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7.3 for what staff and the company's systems write: escalation notes, clearance reasons,
 * incident titles, API token names, account holder names, a notice's texts and its rejection
 * reason, and the HTML of the notice mail itself, opened in Chromium as a mail client would
 * show it (no policy there to stop a script: the mail has to be inert on its own). Run
 * inside {@code GuarddeskIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StaffTextXssChecks {

    private static final List<String> PAYLOADS = HostileText.payloads();
    private final WatchedBrowsers browsers = new WatchedBrowsers();

    @Test
    @DisplayName("R7.3 the payloads in escalation notes, clearance reasons, incident titles, token names and holder names read "
            + "literally on the supervisor's, the agent's and the token pages, and nothing runs")
    void staffText() {
        var notes = HostileText.packed(PAYLOADS, 2_000, "\n");
        var titles = HostileText.packed(PAYLOADS, 200, " ").subList(0, 5);
        var tickets = IntStream.range(0, notes.size() + titles.size()).mapToObj(i -> Customers.submit("GENERAL", "xss staff text " + i)).toList();
        var supervisor = Staff.SUPERVISOR.api();
        for (int i = 0; i < notes.size(); i++) {
            var reference = tickets.get(i).reference();
            ok(Staff.AGENT.api().post("api/tickets/" + reference + "/escalation", "{\"note\":" + Api.quote(notes.get(i)) + "}"));
            ok(supervisor.post("api/tickets/" + reference + "/acknowledgement", ""));
            ok(supervisor.post("api/tickets/" + reference + "/security-clearance",
                    "{\"reason\":" + Api.quote(notes.get((i + 1) % notes.size())) + "}"));
            // the tag history (note, clearance reason) is on the page while the ticket is a security ticket
            ok(Staff.AGENT.api().post("api/tickets/" + reference + "/escalation", "{}"));
        }
        var incidents = new ArrayList<String>();
        for (int i = 0; i < titles.size(); i++) {
            var security = tickets.get(notes.size() + i).reference();
            ok(Staff.AGENT.api().post("api/tickets/" + security + "/escalation", "{}"));
            incidents.add(Incidents.open(supervisor, security, titles.get(i)));
        }
        var holders = holderNames();
        var verified = Customers.submit("GENERAL", "xss holder names");
        var owner = verified.email();
        var accounts = putAccounts(owner, holders);
        var tokenOwner = NewStaff.create("AGENT");
        var tokenNames = HostileText.packed(PAYLOADS.stream().filter(p -> p.length() <= 100).toList(), 100, " ");
        tokenNames.forEach(name -> assertThat(tokenOwner.api().post("api/me/tokens", "{\"name\":" + Api.quote(name) + "}").status())
                .as(name).isEqualTo(201));

        var supervisorPage = browsers.open("en");
        LoginPage.open(supervisorPage).signInAs(Staff.SUPERVISOR);
        for (int i = 0; i < notes.size(); i++) {
            var page = AgentTicketPage.open(supervisorPage, tickets.get(i).reference());
            assertThat(normalised(page.securityPanel())).contains(normalised(notes.get(i)))
                    .contains(normalised(notes.get((i + 1) % notes.size())));
            browsers.check(supervisorPage, "tag history of " + tickets.get(i).reference());
        }
        for (int i = 0; i < incidents.size(); i++) {
            IncidentPage.open(supervisorPage, incidents.get(i));
            assertThat(normalised(supervisorPage.text("main"))).contains(normalised(titles.get(i)));
            browsers.check(supervisorPage, "incident " + incidents.get(i));
        }
        supervisorPage.go("supervisor/incidents");
        browsers.check(supervisorPage, "incident list");

        var agentPage = browsers.open("en");
        LoginPage.open(agentPage).signInAs(Staff.AGENT);
        var ticket = AgentTicketPage.open(agentPage, verified.reference());
        assertThat(ticket.accounts()).hasSize(accounts.size());
        assertThat(normalised(agentPage.text("main"))).contains(holders.stream().map(StaffTextXssChecks::normalised).toList());
        browsers.check(agentPage, "accounts of the verified requester");

        var tokenPage = browsers.open("en");
        LoginPage.open(tokenPage).signIn(tokenOwner.username(), tokenOwner.password());
        tokenPage.go("staff/tokens");
        assertThat(normalised(tokenPage.text("main"))).contains(tokenNames.stream().map(StaffTextXssChecks::normalised).toList());
        browsers.check(tokenPage, "token list");

        noticeToHolders(owner, holders, accounts);
        assertThat(browsers.problems()).as("pages with injected markup or script").isEmpty();
    }

    /** The notice's texts, its rejection reason, the approver's review and the HTML mail that reaches the holder. */
    private void noticeToHolders(String owner, List<String> holders, List<String> accounts) {
        var author = Staff.SUPERVISOR.api();
        var approver = Staff.PRIVACY.api();
        // template injections are refused as unknown placeholders before any of it is stored
        var injections = PAYLOADS.stream().filter(p -> p.contains("{{")).toList();
        assertThat(author.post("api/notices", notice("x", String.join("\n", injections))).json().getJsonArray("fieldErrors").toString())
                .contains("bodyEn", "Unknown placeholder");
        var payloads = PAYLOADS.stream().filter(p -> !p.contains("{{")).toList();
        var subject = HostileText.packed(payloads.stream().filter(p -> p.length() <= 140).toList(), 140, " ").get(0);
        var body = "{{name}}\n" + HostileText.packed(payloads, 19_000, "\n").get(0);
        var created = author.post("api/notices", notice(subject, body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = created.json().getJsonNumber("id").longValue();
        var prefix = accounts.get(0).substring(0, accounts.get(0).indexOf('-') + 1);
        ok(author.put("api/notices/" + id + "/recipients", "{\"query\":{\"prefix\":" + Api.quote(prefix) + "}}"));
        ok(author.post("api/notices/" + id + "/submission", ""));
        var reason = HostileText.packed(PAYLOADS, 1_000, "\n").get(1);
        ok(approver.post("api/notices/" + id + "/rejection", "{\"reason\":" + Api.quote(reason) + "}"));

        var authorPage = browsers.open("en");
        LoginPage.open(authorPage).signInAs(Staff.SUPERVISOR);
        CustomerNoticePage.open(authorPage, id);
        assertThat(normalised(authorPage.text("main"))).contains(normalised(reason));
        browsers.check(authorPage, "rejected notice");
        ok(author.post("api/notices/" + id + "/submission", ""));

        var approverPage = browsers.open("en");
        LoginPage.open(approverPage).signInAs(Staff.PRIVACY);
        var review = CustomerNoticePage.open(approverPage, id);
        assertThat(review.reviewedMessages()).isNotEmpty();
        browsers.check(approverPage, "notice review");
        var hash = approver.get("api/notices/" + id + "/review").json().getString("hash");
        ok(approver.post("api/notices/" + id + "/approval", "{\"hash\":" + Api.quote(hash) + "}"));

        var mail = Mailbox.await(owner, 2).stream().filter(m -> subjectOf(m).equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no notice mail to " + owner));
        var reader = browsers.open("en");
        reader.driver().get(htmlFile(mail));
        assertThat(normalised(reader.text("body"))).contains(normalised(holders.get(0))).contains(normalised(payloads.get(0)));
        browsers.check(reader, "notice mail (HTML part)");
    }

    /** A notice in both languages with the same texts, to be sent at once. */
    private static String notice(String subject, String body) {
        var sendAt = OffsetDateTime.now(ZoneOffset.ofHours(9)).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS);
        return "{\"subjectEn\":" + Api.quote(subject) + ",\"bodyEn\":" + Api.quote(body) + ",\"subjectJa\":" + Api.quote(subject)
                + ",\"bodyJa\":" + Api.quote(body) + ",\"sendAt\":\"" + sendAt + "\"}";
    }


    /**
     * Every seventh payload as a holder name, with a word of its own after it: the guard refuses
     * another customer's name in any reply, and other checks reply with these very payloads.
     * ASCII ones only: the guard matches Japanese names in parts, and the Japanese text around
     * some payloads would then be a foreign name in those other replies.
     */
    private static List<String> holderNames() {
        var word = "Zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
        var names = new ArrayList<String>();
        for (int i = 0; i < PAYLOADS.size(); i += 7) {
            var payload = PAYLOADS.get(i);
            if (payload.length() >= 16 && payload.length() <= 90 && payload.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                names.add(payload + " " + word);
            }
        }
        return names;
    }

    /** Accounts the requester owns, so the guard lets their names out to them. */
    private static List<String> putAccounts(String owner, List<String> holders) {
        var tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        var numbers = new ArrayList<String>();
        for (int i = 0; i < holders.size(); i++) {
            var number = "X" + tag + "-" + String.format("%03d", i);
            var answer = Staff.ADMIN.api().put("api/accounts/" + number, "{\"loginId\":\"x" + tag.toLowerCase(Locale.ROOT) + "_" + i
                    + "\",\"ownerEmail\":" + Api.quote(owner) + ",\"holderName\":" + Api.quote(holders.get(i)) + "}");
            assertThat(answer.status()).as(holders.get(i) + ": " + answer.body()).isIn(200, 201);
            numbers.add(number);
        }
        return numbers;
    }

    private static String htmlFile(MimeMessage mail) {
        try {
            var content = (Multipart) mail.getContent();
            for (int i = 0; i < content.getCount(); i++) {
                var part = content.getBodyPart(i);
                if (part.isMimeType("text/html")) {
                    var file = Files.createTempFile("notice", ".html");
                    Files.writeString(file, String.valueOf(part.getContent()), StandardCharsets.UTF_8);
                    file.toFile().deleteOnExit();
                    return file.toUri().toString();
                }
            }
            throw new AssertionError("the notice mail has no HTML part");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a page's text reads like once the browser laid it out: runs of white space are one space. */
    private static String normalised(String text) {
        return HostileText.asRead(text).replaceAll("\\s+", " ").strip();
    }

    private static void ok(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 204);
    }



    @AfterAll
    void closeBrowsers() {
        browsers.close();
    }
}
