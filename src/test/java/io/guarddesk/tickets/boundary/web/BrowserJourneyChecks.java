package io.guarddesk.tickets.boundary.web;

import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Mailbox;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.browser.AgentTicketPage;
import io.guarddesk.testing.browser.Browser;
import io.guarddesk.testing.browser.CustomerTicketPage;
import io.guarddesk.testing.browser.LoginPage;
import io.guarddesk.testing.browser.SubmitPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation's user journeys in a real browser (Debian Chromium): the customer's form in
 * Japanese and English, the agent's queue and reply, the customer's answer that reopens the
 * ticket, and hostile text shown literally everywhere. Run inside {@code GuarddeskIT}.
 */
public abstract class BrowserJourneyChecks {

    private final List<Browser> browsers = new ArrayList<>();

    Browser browser(String language) {
        var browser = Browser.open(language);
        browsers.add(browser);
        return browser;
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    @DisplayName("R1.1 a customer submits the form in Japanese, gets the reference number, confirms from the mail and sees the thread")
    void submitInJapanese() throws Exception {
        var browser = browser("ja");
        var email = Customers.uniqueEmail();
        var page = SubmitPage.open(browser, "ja");
        assertThat(page.heading()).isEqualTo("お問い合わせ");

        var confirmation = page.fill("山田 花子", email, "BILLING", "請求書の金額について", "先月の請求額が違います。").send();

        assertThat(confirmation.heading()).isEqualTo("お問い合わせを受け付けました");
        assertThat(confirmation.reference()).matches("GD-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(confirmation.checkMail()).contains("確認用のリンク");
        var mail = Mailbox.await(email, 1).get(0);
        assertThat(mail.getSubject()).contains("確認");

        var thread = CustomerTicketPage.open(browser, Mailbox.link(mail, "/confirm"));
        assertThat(thread.subject()).isEqualTo("請求書の金額について");
        assertThat(browser.text("#confirmed")).contains("確認しました");
        assertThat(Staff.AGENT.api().get("api/tickets/" + confirmation.reference()).text("requesterLanguage")).isEqualTo("ja");
    }

    @Test
    @DisplayName("a customer submits the form in English; mistakes are shown next to each field and nothing is sent")
    void submitInEnglishWithValidation() {
        var browser = browser("en");
        var email = Customers.uniqueEmail();
        var page = SubmitPage.open(browser, "en");
        assertThat(page.heading()).isEqualTo("Contact support");

        var errors = page.fill("John", "not-an-address", null, "", "Hello").sendExpectingErrors();
        assertThat(errors).contains("Please enter an e-mail address such as name@example.com.").contains("Please fill in this field.");

        var confirmation = page.fill("John Smith", email, "GENERAL", "Where is my order?", "It did not arrive.").send();
        assertThat(confirmation.heading()).isEqualTo("Thank you, we have received your request");
        assertThat(Staff.AGENT.api().get("api/tickets?q=" + email).json().getInt("total")).as("waits for confirmation").isZero();
        CustomerTicketPage.open(browser, Mailbox.link(Mailbox.await(email, 1).get(0), "/confirm"));
        assertThat(Staff.AGENT.api().get("api/tickets?q=" + email).json().getInt("total")).isEqualTo(1);
    }

    @Test
    @DisplayName("an agent finds the ticket in the queue and replies; the customer reads it through the private link, answers, and the ticket reopens")
    void agentRepliesCustomerAnswers() {
        var customer = browser("en");
        var email = Customers.uniqueEmail();
        var confirmation = SubmitPage.open(customer, "en")
                .fill("Ken Tanaka", email, "ACCOUNT_ACCESS", "Login information never arrived", "I never got my login details.")
                .send();
        CustomerTicketPage.open(customer, Mailbox.link(Mailbox.await(email, 1).get(0), "/confirm"));

        var agentBrowser = browser("en");
        var before = agentBrowser.cookie("JSESSIONID");
        var queue = LoginPage.open(agentBrowser).signInAs(Staff.AGENT);
        assertThat(agentBrowser.cookie("JSESSIONID")).as("session id renewed at sign-in").isNotEqualTo(before);

        var ticket = queue.search(confirmation.reference()).openTicket(confirmation.reference());
        var draft = ticket.insertCanned(ticket.cannedIdTitled("Greeting"));
        assertThat(draft).contains("Hello Ken Tanaka").contains(confirmation.reference()).contains("Aoi Agent");
        ticket.reply(draft + "\nPlease use the reset link on the sign-in page.");
        assertThat(ticket.flash()).contains("Reply saved and sent.");
        assertThat(ticket.status()).isEqualTo("Waiting for customer");

        var notice = Mailbox.await(email, 2).get(1);
        var thread = CustomerTicketPage.open(customer, Mailbox.link(notice, "/ticket"));
        assertThat(thread.messages()).hasSize(2);
        assertThat(thread.messages().get(1)).contains("Please use the reset link");
        thread.answer("Thank you, but the link is expired.");
        assertThat(thread.messages()).hasSize(3);
        assertThat(thread.status()).isEqualTo("Open");

        var reopened = AgentTicketPage.open(agentBrowser, confirmation.reference());
        assertThat(reopened.status()).isEqualTo("Open");
        assertThat(reopened.messages().get(2)).isEqualTo("Thank you, but the link is expired.");
    }

    @Test
    @DisplayName("a wrong password is refused on the sign-in page without saying which part was wrong")
    void wrongPassword() {
        var message = LoginPage.open(browser("en")).signInFailing("agent", "not-the-password");
        assertThat(message).isEqualTo("Wrong user name or password.");
    }

    @Test
    @DisplayName("R7.3 a subject and body full of script and HTML are shown literally on every page and execute nothing")
    void hostileTextIsInert() {
        var payloads = String.join("\n",
                "<script>window.__xss=1;alert('s')</script>",
                "<img src=x onerror=\"window.__xss=2;alert('i')\">",
                "\"><svg onload=window.__xss=3>",
                "'-alert(4)-'",
                "javascript:alert(5)",
                "{{constructor.constructor('alert(6)')()}}",
                "#{request.contextPath}");
        var subject = "<img src=x onerror=window.__xss=7>\"'<b>bold</b>";
        var customer = browser("en");
        var email = Customers.uniqueEmail();
        var confirmation = SubmitPage.open(customer, "en").fill("<script>alert(8)</script>", email,
                "GENERAL", subject, payloads).send();
        assertInert(customer);

        var thread = CustomerTicketPage.open(customer, Mailbox.link(Mailbox.await(email, 1).get(0), "/confirm"));
        assertThat(thread.subject()).isEqualTo(subject);
        assertThat(thread.messages().get(0)).isEqualTo(payloads);
        assertInert(customer);

        var agent = browser("en");
        var queue = LoginPage.open(agent).signInAs(Staff.AGENT).search(confirmation.reference());
        assertThat(queue.subjects()).containsExactly(subject);
        assertInert(agent);
        var ticket = queue.openTicket(confirmation.reference());
        assertThat(ticket.subject()).isEqualTo(subject);
        assertThat(ticket.messages().get(0)).isEqualTo(payloads);
        assertInert(agent);
    }

    private static void assertInert(Browser browser) {
        assertThat(browser.dialogOpen()).as("no dialog opened").isFalse();
        assertThat(browser.script("return window.__xss")).as("no injected script ran").isNull();
        assertThat(browser.present("svg[onload]")).isFalse();
    }

    @Test
    @DisplayName("a signed-out visitor who opens the queue is sent to the sign-in page and back after signing in")
    void protectedPagesRedirect() {
        var browser = browser("en");
        browser.go("agent/queue");
        assertThat(browser.currentUrl()).contains("/login?next=");

        LoginPage.here(browser).signInAs(Staff.SUPERVISOR);

        assertThat(browser.currentUrl()).endsWith("/agent/queue");
    }

    @Test
    @DisplayName("signing out ends the session: the queue asks for a sign-in again")
    void signOut() {
        var browser = browser("ja");
        LoginPage.open(browser).signInAs(Staff.AGENT);
        browser.click("#signout\\:signout-button");
        browser.find("#login-form\\:signin");

        browser.go("agent/queue");

        assertThat(browser.currentUrl()).contains("/login?next=");
        assertThat(browser.text("#login-form h1")).isEqualTo("スタッフ用サインイン");
    }
}
