package io.guarddesk.tickets.boundary;

import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.browser.AgentTicketPage;
import io.guarddesk.testing.browser.Browser;
import io.guarddesk.testing.browser.DashboardPage;
import io.guarddesk.testing.browser.IncidentPage;
import io.guarddesk.testing.browser.LoginPage;
import io.guarddesk.testing.browser.NoticesPage;
import io.guarddesk.testing.browser.SecurityQueuePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R3 in the browser: an agent escalates with one click and loses the ticket; a supervisor finds
 * it in the security queue, sees why it is there, acknowledges it and reads the dashboard. Run
 * inside {@code GuarddeskIT}.
 */
public abstract class SecurityJourneyChecks {

    private Browser agentBrowser;
    private Browser supervisorBrowser;

    @AfterEach
    void closeBrowsers() {
        if (agentBrowser != null) {
            agentBrowser.close();
        }
        if (supervisorBrowser != null) {
            supervisorBrowser.close();
        }
    }

    @Test
    @DisplayName("R3.1 R3.2 R3.3 R3.4 browser: one-click escalation with a note; the agent loses the ticket; the supervisor finds it in "
            + "the security queue, sees the note, acknowledges it, opens an incident with its clocks; the dashboard counts, charts and "
            + "shows its clocks")
    void escalateAcknowledgeDashboard() {
        var ticket = Customers.submit("GENERAL", "Order question with a twist");

        agentBrowser = Browser.open("en");
        LoginPage.open(agentBrowser).signInAs(Staff.AGENT);
        var queue = AgentTicketPage.open(agentBrowser, ticket.reference()).escalate("Caller says someone else ordered in his name.");
        assertThat(queue.messages()).contains(ticket.reference()).contains("security team");
        agentBrowser.go("agent/ticket?ref=" + ticket.reference());
        assertThat(agentBrowser.present("#reference")).as("the agent can no longer open it").isFalse();

        supervisorBrowser = Browser.open("en");
        LoginPage.open(supervisorBrowser).signInAs(Staff.SUPERVISOR);
        var notices = NoticesPage.open(supervisorBrowser);
        assertThat(notices.subjects()).as("R3.3 told in the app at once").contains(ticket.reference());
        assertThat(notices.follow(ticket.reference()).reference()).isEqualTo(ticket.reference());

        var securityQueue = SecurityQueuePage.open(supervisorBrowser).newestFirst();
        assertThat(securityQueue.references()).contains(ticket.reference());
        var page = securityQueue.openTicket(ticket.reference());
        assertThat(page.securityPanel()).contains("Agent escalation").contains("someone else ordered in his name")
                .contains("Acknowledge by");
        assertThat(page.messages()).hasSize(1);

        page = page.acknowledge();
        assertThat(page.securityPanel()).contains("Acknowledged by Sora Supervisor");
        assertThat(page.canAcknowledge()).isFalse();

        page.openIncident();
        var incident = IncidentPage.expectForm(supervisorBrowser).open("CARD_DATA", 1);
        var incidentReference = incident.reference();
        assertThat(incidentReference).startsWith("INC-");
        assertThat(incident.assessment()).as("R3.4 card data makes even one person reportable").contains("Reportable");
        assertThat(incident.clock("APPI_PRELIMINARY")).contains("JST").contains("UTC");
        assertThat(incident.clock("APPI_FINAL")).contains("JST");

        var dashboard = DashboardPage.open(supervisorBrowser);
        assertThat(dashboard.figure("open")).isPositive();
        assertThat(dashboard.chartDrawn()).isTrue();
        assertThat(supervisorBrowser.text("#clocks")).contains(incidentReference);
    }
}
