package io.guarddesk.testing.browser;

import org.openqa.selenium.By;

import java.util.List;

/** A ticket in the agent workspace. */
public final class AgentTicketPage {

    private final Browser browser;

    private AgentTicketPage(Browser browser) {
        this.browser = browser;
    }

    static AgentTicketPage expect(Browser browser) {
        browser.find("#reference");
        return new AgentTicketPage(browser);
    }

    public static AgentTicketPage open(Browser browser, String reference) {
        browser.go("agent/ticket?ref=" + reference);
        return expect(browser);
    }

    public String reference() {
        return browser.text("#reference");
    }

    public String status() {
        return browser.text("#status");
    }

    public String subject() {
        return browser.text("#subject");
    }

    public List<String> messages() {
        return browser.driver().findElements(By.cssSelector("#thread .gd-body")).stream().map(e -> e.getText()).toList();
    }

    /** Picks a canned reply and inserts it into the editor; answers the editor's text. */
    public String insertCanned(String cannedId) {
        browser.choose("ticket:canned", cannedId);
        browser.click("#ticket\\:insert-canned");
        browser.waitFor(d -> !browser.find("#ticket\\:reply").getAttribute("value").isBlank());
        return browser.find("#ticket\\:reply").getAttribute("value");
    }

    public AgentTicketPage reply(String text) {
        browser.type("#ticket\\:reply", text);
        browser.click("#ticket\\:send");
        return expect(browser);
    }

    /** The text in the reply editor, e.g. a draft the guard held. */
    public String draft() {
        return browser.find("#ticket\\:reply").getAttribute("value");
    }

    /** The accounts of the verified requester listed beside the editor. */
    public List<String> accounts() {
        return browser.driver().findElements(By.cssSelector(".gd-account td.gd-reference")).stream().map(e -> e.getText()).toList();
    }

    /** Presses "Insert account number" (or login, reset link) for the first account; answers the editor's text. */
    public String insertAccount(String which) {
        var before = draft();
        browser.click(".gd-account .gd-insert-" + which);
        browser.waitFor(d -> !draft().equals(before));
        return draft();
    }

    /** The lines of the held-replies panel. */
    public String held() {
        return browser.driver().findElements(By.id("ticket:held")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    public AgentTicketPage release(String justification) {
        browser.type("#ticket\\:justification", justification);
        browser.click("#ticket\\:release");
        return expect(browser);
    }

    public String flash() {
        return browser.text("#ticket\\:messages");
    }

    /** The id of the first canned reply whose title contains the given text. */
    public String cannedIdTitled(String title) {
        return browser.driver().findElements(By.cssSelector("#ticket\\:canned_input option")).stream()
                .filter(o -> o.getAttribute("textContent").contains(title))
                .map(o -> o.getAttribute("value"))
                .findFirst().orElseThrow();
    }

    /** One-click escalation with an optional note; an agent lands on the queue afterwards. */
    public QueuePage escalate(String note) {
        browser.type("#ticket\\:escalation-note", note);
        browser.click("#ticket\\:escalate");
        return QueuePage.expect(browser);
    }

    /** The supervisor's security panel: why, since when, the acknowledgement clock, the tag history. */
    public String securityPanel() {
        return browser.driver().findElements(By.id("ticket:security")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    public AgentTicketPage acknowledge() {
        browser.click("#ticket\\:acknowledge");
        return expect(browser);
    }

    public boolean canAcknowledge() {
        return browser.present("#ticket\\:acknowledge");
    }

    /** Follows "Open an incident" to the incident form for this ticket. */
    public void openIncident() {
        browser.click("#ticket\\:open-incident");
    }
}
