package io.guarddesk.platform.web;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Deployments;
import io.guarddesk.testing.HostileText;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.browser.AgentTicketPage;
import io.guarddesk.testing.browser.CustomerTicketPage;
import io.guarddesk.testing.browser.WatchedBrowsers;
import io.guarddesk.testing.browser.LoginPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7.3 against the deployed WAR: every payload of {@link HostileText} goes in through the
 * customers' and the staff's text inputs, and every page that shows them is opened in
 * headless Chromium, watched by an {@code InjectionWatch}: the text must read literally and the
 * page must hold no injected markup, no script that ran, no policy violation. Run inside
 * {@code GuarddeskIT}; what staff write, and the HTML mail, in {@link StaffTextXssChecks}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class XssChecks {

    private static final List<String> PAYLOADS = HostileText.payloads();
    private final WatchedBrowsers browsers = new WatchedBrowsers();

    @Test
    @DisplayName("R7.3 the payloads in customers' names, subjects, messages and answers and in agents' replies read literally on the "
            + "customer page, the agent queue and every ticket page, and nothing runs")
    void customerText() {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(200);
        var subjects = HostileText.packed(PAYLOADS, 200, " ");
        var messages = HostileText.packed(PAYLOADS, 10_000, "\n");
        var names = PAYLOADS.stream().filter(p -> p.length() <= 100).toList();
        var tickets = new ArrayList<Submitted>();
        for (int i = 0; i < subjects.size(); i++) {
            tickets.add(submit(names.get(i % names.size()), subjects.get(i), messages.get(i % messages.size())));
        }
        // all submitted first, then confirmed: the mails arrive while the next ones are submitted
        var keys = tickets.stream().map(t -> Customers.keyOf(Customers.confirmFromMail(t.email, 0))).toList();
        var first = tickets.get(0);
        for (var answer : messages) {
            var sent = Api.anonymous().post("api/customer/tickets/" + keys.get(0) + "/messages", "{\"body\":" + Api.quote(answer) + "}");
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        }
        var replies = HostileText.packed(PAYLOADS, 20_000, "\n");
        for (var reply : replies) {
            var sent = Staff.AGENT.api().post("api/tickets/" + first.reference + "/replies", "{\"body\":" + Api.quote(reply) + "}");
            assertThat(sent.status()).as("the guard has no reason to hold these: " + sent.body()).isEqualTo(200);
        }

        var customer = browsers.open("en");
        var thread = CustomerTicketPage.open(customer, Deployments.baseUri().resolve("ticket?key=" + keys.get(0)).toString());
        assertThat(thread.subject()).isEqualTo(HostileText.asRead(first.subject));
        assertThat(thread.messages()).hasSize(messages.size() + 1 + replies.size());
        assertThat(String.join("\n", thread.messages())).contains(PAYLOADS.stream().map(HostileText::asRead).toList());
        browsers.check(customer, "customer page");

        var agent = browsers.open("en");
        var queue = LoginPage.open(agent).signInAs(Staff.AGENT).showRows(100);
        var shown = new ArrayList<>(queue.subjects());
        browsers.check(agent, "agent queue, page 1");
        while (shown.size() < tickets.size()) {
            shown.addAll(queue.nextPage().subjects());
            browsers.check(agent, "agent queue, page " + (shown.size() / 100 + 1));
        }
        assertThat(shown).as("the newest tickets, literally").containsAll(tickets.stream().map(t -> HostileText.asRead(t.subject)).toList());
        // soft, so that a broken escape is reported as what the watch saw, not only as text that reads wrong
        var softly = new SoftAssertions();
        for (var ticket : tickets) {
            var page = AgentTicketPage.open(agent, ticket.reference);
            browsers.check(agent, "agent ticket page " + ticket.reference);
            softly.assertThat(page.subject()).isEqualTo(HostileText.asRead(ticket.subject));
            softly.assertThat(page.messages().get(0)).isEqualTo(HostileText.asRead(ticket.message));
        }
        softly.assertThat(browsers.problems()).as("pages with injected markup or script").isEmpty();
        softly.assertAll();
    }

    Submitted submit(String name, String subject, String message) {
        var email = Customers.uniqueEmail();
        var answer = Api.anonymous().post("api/tickets", Customers.submission(name, email, "GENERAL", subject, message));
        assertThat(answer.status()).as("refused: " + answer.body()).isEqualTo(202);
        return new Submitted(answer.text("reference"), email, name, subject, message);
    }



    @AfterAll
    void closeBrowsers() {
        browsers.close();
    }

    record Submitted(String reference, String email, String name, String subject, String message) {
    }
}
