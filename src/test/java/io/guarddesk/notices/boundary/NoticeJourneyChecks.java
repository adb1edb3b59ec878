package io.guarddesk.notices.boundary;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Mailbox;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.browser.Browser;
import io.guarddesk.testing.browser.CustomerNoticePage;
import io.guarddesk.testing.browser.IncidentPage;
import io.guarddesk.testing.browser.LoginPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R5 in the browser, as two supervisors do it: one drafts a notice to the customers an incident
 * affected, another reviews and approves it, and the progress bar runs to the end. Run inside
 * {@code GuarddeskIT}.
 */
public abstract class NoticeJourneyChecks {

    private Browser authorBrowser;
    private Browser approverBrowser;

    @AfterEach
    void closeBrowsers() {
        if (authorBrowser != null) {
            authorBrowser.close();
        }
        if (approverBrowser != null) {
            approverBrowser.close();
        }
    }

    @Test
    @DisplayName("R5.1 R5.2 R5.3 browser: draft from an incident, the author cannot approve, a second supervisor reviews and approves, "
            + "the progress bar completes, each customer gets one mail, the incident lists the notice")
    void draftApproveSend() {
        var accounts = NoticeApiChecks.Accounts.create(5);
        var incident = incidentAffecting(accounts);

        authorBrowser = Browser.open("en");
        LoginPage.open(authorBrowser).signInAs(Staff.SUPERVISOR);
        var draft = IncidentPage.open(authorBrowser, incident).notifyAffected().sendNow().write(
                "【重要】アカウント {{accounts}} の情報について", "{{name}} 様\n\nアカウント {{accounts}} の情報が他のお客様に表示された可能性があります。",
                "Important: about your account {{accounts}}", "Dear {{name}},\n\ndata of your account {{accounts}} may have been shown "
                        + "to another customer.");
        assertThat(draft.recipientCount()).as("five accounts, three owners").isEqualTo(3);
        draft.submit();
        long id = draft.id();
        assertThat(draft.offersApproval()).as("the author never approves").isFalse();

        approverBrowser = Browser.open("ja");
        LoginPage.open(approverBrowser).signInAs(Staff.PRIVACY);
        var review = CustomerNoticePage.open(approverBrowser, id);
        assertThat(review.offersApproval()).isTrue();
        assertThat(review.reviewedRecipients()).isEqualTo(3);
        assertThat(review.reviewedSample()).containsExactlyInAnyOrderElementsOf(accounts.byOwner().keySet());
        var owner = accounts.addressOf(0);
        var ownNumbers = String.join(", ", accounts.numbersOf(owner));
        assertThat(review.reviewedMessages()).as("the rendered message in Japanese and in English, for a sample recipient")
                .hasSize(4)
                .anyMatch(m -> m.startsWith("【重要】アカウント " + accounts.prefix()))
                .anyMatch(m -> m.startsWith("Important: about your account " + accounts.prefix()))
                .anyMatch(m -> m.contains("/not-me?key="));

        var bar = review.approve().awaitSent(3);
        assertThat(bar).contains("100");
        assertThat(review.count("failed")).isEqualTo("0");

        var mails = Mailbox.await(owner, 1);
        assertThat(mails).hasSize(1);
        assertThat(Mailbox.decoded(mails.get(0))).contains(ownNumbers).contains(accounts.nameOf(owner));

        var notices = IncidentPage.open(authorBrowser, incident).notices();
        assertThat(notices).singleElement().asString().contains("#" + id).contains("3");
    }

    /** A security ticket, an incident opened from it, and the batch's accounts as its affected accounts. */
    private static String incidentAffecting(NoticeApiChecks.Accounts accounts) {
        var supervisor = Staff.SUPERVISOR.api();
        var ticket = Customers.submit("PRIVACY_SECURITY", "I saw another customer's account data").reference();
        var discovered = OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).minusHours(2).truncatedTo(ChronoUnit.SECONDS);
        var opened = supervisor.post("api/incidents", "{\"ticket\":" + Api.quote(ticket) + ",\"title\":\"Account data shown to "
                + "another customer\",\"kinds\":[\"ACCOUNT_ID\",\"NAME\"],\"people\":3,\"discoveredAt\":\"" + discovered + "\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var reference = opened.json().getString("reference");
        var numbers = accounts.byOwner().values().stream().flatMap(java.util.Set::stream).map(Api::quote).collect(Collectors.joining(","));
        var set = supervisor.put("api/incidents/" + reference + "/accounts", "{\"accounts\":[" + numbers + "]}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        return reference;
    }
}
