package io.guarddesk.requesters.boundary;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Mailbox;
import io.guarddesk.testing.browser.Browser;
import io.guarddesk.testing.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static io.guarddesk.testing.Customers.follow;
import static io.guarddesk.testing.Customers.submission;
import static io.guarddesk.testing.Customers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R1 against the deployed WAR and a real SMTP server: tickets wait for the requester, the
 * confirmation link brings them into the queue once, mail goes out through the outbox.
 * Run inside {@code GuarddeskIT}.
 */
public abstract class VerificationChecks {

    final Api agent = Staff.AGENT.api();

    @Test
    @DisplayName("R1.1 a submitted ticket is in no queue until the link mailed to its address is followed and confirmed")
    void ticketWaitsForConfirmation() {
        var email = uniqueEmail();
        var answer = Api.anonymous().post("api/tickets", submission("Taro", email, "GENERAL", "Secret subject 123", "Secret body 456"));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.text("status")).isEqualTo("PENDING_VERIFICATION");
        assertThat(answer.body()).doesNotContain("accessKey").doesNotContain("/ticket?key=");
        var reference = answer.text("reference");
        assertThat(agent.get("api/tickets/" + reference).status()).isEqualTo(404);
        assertThat(Staff.SUPERVISOR.api().get("api/tickets?q=" + email).json().getInt("total")).isZero();

        var mail = Mailbox.await(email, 1).get(0);
        var link = Mailbox.link(mail, "/confirm");
        assertThat(follow(link).body()).as("opening the link only asks").contains("Yes, I sent this request");
        assertThat(follow(link).status()).isEqualTo(200);
        assertThat(agent.get("api/tickets/" + reference).status()).as("a mail scanner's GET confirms nothing").isEqualTo(404);
        var confirmed = Customers.confirm(link);

        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(confirmed.header("Location")).contains("/ticket?key=");
        assertThat(confirmed.header("Location")).contains("/ticket?key=");
        var ticket = agent.get("api/tickets/" + reference);
        assertThat(ticket.status()).isEqualTo(200);
        assertThat(ticket.text("status")).isEqualTo("NEW");
    }

    @Test
    @DisplayName("R1.2 the confirmation mail is a fixed text: it never repeats the subject or message that was typed")
    void confirmationMailEchoesNothing() throws Exception {
        var email = uniqueEmail();
        Api.anonymous().post("api/tickets", submission("Mallory Call 0120-555", email, "GENERAL", "Click http://evil.example now",
                "Your account is blocked, log in at http://evil.example"));

        var mail = Mailbox.await(email, 1).get(0);
        var text = Mailbox.decoded(mail);
        assertThat(text).doesNotContain("evil.example").doesNotContain("blocked").doesNotContain("Mallory").doesNotContain("0120");
        assertThat(mail.getHeader("To")[0]).doesNotContain("Mallory");
        assertThat(Mailbox.link(mail, "/not-me")).contains("key=");
    }

    @Test
    @DisplayName("R1.2 a used, forged or cut link changes nothing and the page says what to do next")
    void reuseAndForgery() {
        var email = uniqueEmail();
        var reference = Api.anonymous().post("api/tickets", submission("Hana", email, "GENERAL", "s", "m")).text("reference");
        var link = Mailbox.link(Mailbox.await(email, 1).get(0), "/confirm");
        assertThat(Customers.confirm(link).status()).isEqualTo(302);

        var again = follow(link);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("used already");

        var forged = follow(link.substring(0, link.length() - 4) + "AAAA");
        assertThat(forged.body()).contains("not valid");
        var cut = follow(link.substring(0, link.length() - 1));
        assertThat(cut.body()).contains("not valid");
        assertThat(agent.get("api/tickets/" + reference).json().getJsonArray("messages")).hasSize(1);
    }

    @Test
    @DisplayName("R1.2 fifty concurrent clicks on one link: exactly one confirms")
    void concurrentRedemptions() throws Exception {
        var email = uniqueEmail();
        Api.anonymous().post("api/tickets", submission("Ken", email, "GENERAL", "race", "m"));
        var link = Mailbox.link(Mailbox.await(email, 1).get(0), "/confirm");

        var pool = Executors.newFixedThreadPool(50);
        var clicks = new ArrayList<Callable<String>>();
        for (int i = 0; i < 50; i++) {
            clicks.add(() -> String.valueOf(Customers.confirm(link).header("Location")));
        }
        var landings = new ArrayList<String>();
        for (var click : pool.invokeAll(clicks)) {
            landings.add(click.get());
        }
        pool.shutdown();

        assertThat(landings).as("only one click reaches the ticket page").filteredOn(l -> l.contains("/ticket?key=")).hasSize(1);
        assertThat(follow(link).body()).contains("used already");
    }

    @Test
    @DisplayName("R1.2 at most three confirmation mails per address an hour; the form answers every time the same way")
    void confirmationMailsAreLimited() {
        var email = uniqueEmail();
        var bodies = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            var answer = Api.anonymous().post("api/tickets", submission("Flood", email, "GENERAL", "n" + i, "m"));
            assertThat(answer.status()).isEqualTo(202);
            bodies.add(answer.body().replaceAll("GD-[0-9A-Z-]+", "REF"));
        }
        Mailbox.await(email, 3);
        sleepQuietly(3000);

        assertThat(Mailbox.to(email)).hasSize(3);
        assertThat(bodies).containsOnly(bodies.get(0));
    }

    @Test
    @DisplayName("R7.2 a reply to a verified requester is mailed once, with a link of its own to the thread and a stable Message-ID")
    void replyIsMailed() throws Exception {
        var email = uniqueEmail();
        var reference = Api.anonymous().post("api/tickets", submission("Yuki", email, "BILLING", "Invoice", "wrong amount")).text("reference");
        Customers.confirm(Mailbox.link(Mailbox.await(email, 1).get(0), "/confirm"));

        agent.post("api/tickets/" + reference + "/replies", "{\"body\":\"We corrected the invoice.\"}");

        var mails = Mailbox.await(email, 2);
        var notice = mails.get(1);
        assertThat(notice.getMessageID()).isNotBlank();
        assertThat(notice.getAllRecipients()).hasSize(1);
        var thread = follow(Mailbox.link(notice, "/ticket"));
        assertThat(thread.status()).isEqualTo(200);
        assertThat(thread.body()).contains("We corrected the invoice.");
        sleepQuietly(2000);
        assertThat(Mailbox.to(email)).hasSize(2);
    }

    @Test
    @DisplayName("R1.6 \"this wasn't me\" from a mail needs no sign-in, opens a linked security ticket and stops mail to that address for that ticket")
    void thisWasntMe() {
        var email = uniqueEmail();
        var ticket = io.guarddesk.testing.Customers.submit(email, "GENERAL", "Registration", "please register me");
        agent.post("api/tickets/" + ticket.reference() + "/replies", "{\"body\":\"Registered.\"}");
        var notice = Mailbox.await(email, 2).get(1);

        try (var browser = Browser.open("en")) {
            browser.driver().get(Mailbox.link(notice, "/not-me"));
            browser.type("#notme-form\\:comment", "I never registered anywhere.");
            browser.click("#notme-form\\:report");
            var done = browser.text("#reported");
            var report = done.replaceAll(".*(GD-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}).*", "$1");

            var seenBySupervisor = Staff.SUPERVISOR.api().get("api/tickets/" + report);
            assertThat(seenBySupervisor.status()).isEqualTo(200);
            assertThat(seenBySupervisor.text("category")).isEqualTo("MISDIRECTED");
            assertThat(seenBySupervisor.json().getBoolean("security")).isTrue();
            assertThat(seenBySupervisor.text("relatedTicket")).isEqualTo(ticket.reference());
            assertThat(agent.get("api/tickets/" + report).status()).as("security tickets are for supervisors").isEqualTo(404);
        }

        agent.post("api/tickets/" + ticket.reference() + "/replies", "{\"body\":\"Anything else?\",\"status\":\"OPEN\"}");
        sleepQuietly(3000);
        assertThat(Mailbox.to(email)).as("no mail after the report").hasSize(2);
    }

    @Test
    @DisplayName("R1.6 a forged \"this wasn't me\" link answers 404 and files nothing")
    void forgedNotMeLink() {
        var answer = follow("http://localhost/not-me?key=" + "A".repeat(43));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("not valid");
    }

    @Test
    @DisplayName("R1.4 R1.3 a phone ticket's link goes to the address on file, never to one the caller dictates; nothing of the account is shown meanwhile")
    void phoneTicketUsesAddressOnFile() {
        var onFile = "hanako.yamada@example.jp";
        var dictated = uniqueEmail();
        int before = Mailbox.to(onFile).size();

        var opened = agent.post("api/tickets/phone", "{\"accountNumber\":\"C-100234\",\"category\":\"ACCOUNT_ACCESS\","
                + "\"subject\":\"Caller cannot sign in\",\"note\":\"Caller asks us to mail " + dictated + "\","
                + "\"email\":\"" + dictated + "\"}");

        assertThat(opened.status()).isEqualTo(202);
        assertThat(opened.body()).as("nothing of the account for an unverified caller (R1.3)").doesNotContain("example.jp");
        var reference = opened.text("reference");
        assertThat(agent.get("api/tickets/" + reference).status()).as("waits for the owner").isEqualTo(404);
        var mail = Mailbox.await(onFile, before + 1).get(before);
        assertThat(Mailbox.decoded(mail)).contains(reference);
        sleepQuietly(1500);
        assertThat(Mailbox.to(dictated)).isEmpty();

        assertThat(Customers.confirm(Mailbox.link(mail, "/confirm")).status()).isEqualTo(302);
        var ticket = agent.get("api/tickets/" + reference);
        assertThat(ticket.text("channel")).isEqualTo("PHONE");
        assertThat(ticket.text("requesterEmail")).isEqualTo(onFile);
    }

    @Test
    @DisplayName("R1.4 an unknown account number is refused with the field named, and nothing is mailed")
    void phoneTicketUnknownAccount() {
        var answer = agent.post("api/tickets/phone", "{\"accountNumber\":\"C-000000\",\"category\":\"GENERAL\","
                + "\"subject\":\"s\",\"note\":\"n\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().getJsonArray("fieldErrors").getJsonObject(0).getString("field")).isEqualTo("accountNumber");
    }

    @Test
    @DisplayName("R1.7 a customer signs in to the portal by a mailed link; new tickets there are verified at once, waiting ones stay waiting")
    void portal() {
        var email = uniqueEmail();
        var waiting = Api.anonymous().post("api/tickets", submission("Aya", email, "GENERAL", "waiting", "m")).text("reference");
        Mailbox.await(email, 1);

        try (var browser = Browser.open("en")) {
            browser.go("portal/index");
            browser.type("#portal-signin\\:email", email);
            browser.click("#portal-signin\\:send-link");
            assertThat(browser.text("#link-sent")).contains("If this address can receive mail");
            var signIn = Mailbox.await(email, 2).get(1);

            browser.driver().get(Mailbox.link(signIn, "/portal/enter"));
            browser.click("#enter-form\\:enter");
            assertThat(browser.text("#portal-email")).isEqualTo(email);
            assertThat(agent.get("api/tickets/lookup?reference=" + waiting).text("where"))
                    .as("only its own link confirms a ticket: a stranger may have typed this address").isEqualTo("AWAITING_CONFIRMATION");

            browser.go("portal/new");
            browser.type("#portal-new\\:name", "Aya");
            browser.choose("portal-new:category", "BILLING");
            browser.type("#portal-new\\:subject", "From the portal");
            browser.type("#portal-new\\:message", "Signed in already.");
            browser.click("#portal-new\\:submit");
            browser.find("#thread");
        }
        var created = agent.get("api/tickets?q=" + email + "&category=BILLING");
        assertThat(created.json().getInt("total")).isEqualTo(1);
        var ticket = agent.get("api/tickets/" + created.json().getJsonArray("items").getJsonObject(0).getString("reference"));
        assertThat(ticket.json().getBoolean("requesterVerified")).isTrue();
        assertThat(ticket.text("channel")).isEqualTo("PORTAL");
    }

    @Test
    @DisplayName("R1.2 the form answers an address that has tickets exactly as one that has none")
    void noEnumeration() {
        var known = uniqueEmail();
        io.guarddesk.testing.Customers.submit(known, "GENERAL", "earlier", "m");
        var fresh = uniqueEmail();

        var forKnown = Api.anonymous().post("api/tickets", submission("X", known, "GENERAL", "s", "m"));
        var forFresh = Api.anonymous().post("api/tickets", submission("X", fresh, "GENERAL", "s", "m"));

        assertThat(forKnown.status()).isEqualTo(forFresh.status());
        assertThat(forKnown.body().replaceAll("GD-[0-9A-Z-]+", "REF")).isEqualTo(forFresh.body().replaceAll("GD-[0-9A-Z-]+", "REF"));
        assertThat(forKnown.headers().keySet()).isEqualTo(forFresh.headers().keySet());
    }

    @Test
    @DisplayName("R1.8 an agent looking up a quoted reference learns where the ticket is, never its content")
    void referenceLookup() {
        var pending = Api.anonymous().post("api/tickets", submission("Lee", uniqueEmail(), "GENERAL", "pending s", "pending m")).text("reference");
        var security = io.guarddesk.testing.Customers.submit("PRIVACY_SECURITY", "leaked data").reference();
        var visible = io.guarddesk.testing.Customers.submit("GENERAL", "visible").reference();

        assertThat(agent.get("api/tickets/lookup?reference=" + pending).text("where")).isEqualTo("AWAITING_CONFIRMATION");
        var secret = agent.get("api/tickets/lookup?reference=" + security.toLowerCase(java.util.Locale.ROOT));
        assertThat(secret.text("where")).isEqualTo("SECURITY_TEAM");
        assertThat(secret.body()).doesNotContain("leaked");
        assertThat(agent.get("api/tickets/lookup?reference=" + visible).text("where")).isEqualTo("QUEUE");
        assertThat(agent.get("api/tickets/lookup?reference=GD-00000-00000-00000").status()).isEqualTo(404);
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
