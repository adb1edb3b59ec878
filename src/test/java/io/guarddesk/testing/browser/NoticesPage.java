package io.guarddesk.testing.browser;

import org.openqa.selenium.By;

import java.util.List;

/** The signed-in staff member's notices (the "Notices" link in the header). */
public final class NoticesPage {

    private final Browser browser;

    private NoticesPage(Browser browser) {
        this.browser = browser;
    }

    public static NoticesPage open(Browser browser) {
        browser.go("staff/notifications");
        browser.find("#notifications");
        return new NoticesPage(browser);
    }

    /** The references the notices are about, newest first. */
    public List<String> subjects() {
        return browser.driver().findElements(By.cssSelector(".gd-notice-link")).stream().map(e -> e.getText()).toList();
    }

    /** Follows a notice to its ticket; the notice is read from then on. */
    public AgentTicketPage follow(String reference) {
        browser.driver().findElement(By.linkText(reference)).click();
        return AgentTicketPage.expect(browser);
    }
}
