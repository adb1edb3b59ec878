package io.guarddesk.testing.browser;

import org.openqa.selenium.By;

import java.util.List;

/** The supervisor queue: security tickets, nearest acknowledgement deadline first. */
public final class SecurityQueuePage {

    private final Browser browser;

    private SecurityQueuePage(Browser browser) {
        this.browser = browser;
    }

    public static SecurityQueuePage open(Browser browser) {
        browser.go("supervisor/queue");
        browser.find("#security-queue\\:tickets");
        return new SecurityQueuePage(browser);
    }

    /**
     * Sorts by creation, newest first (the column's second click): a ticket a test just tagged
     * is then on the first page however many older ones wait for acknowledgement.
     */
    public SecurityQueuePage newestFirst() {
        for (int click = 0; click < 2; click++) {
            var before = browser.find("#security-queue\\:tickets tbody tr");
            browser.click("#security-queue\\:tickets thead th:last-child");
            browser.waitFor(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
            browser.find("#security-queue\\:tickets tbody tr");
        }
        return this;
    }

    public List<String> references() {
        return browser.driver().findElements(By.cssSelector("#security-queue\\:tickets .gd-ticket-link")).stream()
                .map(e -> e.getText()).toList();
    }

    public AgentTicketPage openTicket(String reference) {
        browser.driver().findElement(By.linkText(reference)).click();
        return AgentTicketPage.expect(browser);
    }
}
