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

    public List<String> references() {
        return browser.driver().findElements(By.cssSelector("#security-queue\\:tickets .gd-ticket-link")).stream()
                .map(e -> e.getText()).toList();
    }

    public AgentTicketPage openTicket(String reference) {
        browser.driver().findElement(By.linkText(reference)).click();
        return AgentTicketPage.expect(browser);
    }
}
