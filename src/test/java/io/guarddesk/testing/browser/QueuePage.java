package io.guarddesk.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** The agent queue. */
public final class QueuePage {

    private final Browser browser;

    private QueuePage(Browser browser) {
        this.browser = browser;
    }

    static QueuePage expect(Browser browser) {
        browser.find("#queue-form\\:tickets");
        return new QueuePage(browser);
    }

    public static QueuePage open(Browser browser) {
        browser.go("agent/queue");
        return expect(browser);
    }

    /** Searches by reference number or address and waits for the table to show the result. */
    public QueuePage search(String text) {
        var before = browser.find("#queue-form\\:tickets");
        browser.type("#queue-form\\:search", text);
        browser.click("#queue-form\\:apply");
        browser.waitFor(ExpectedConditions.stalenessOf(before));
        browser.find("#queue-form\\:tickets");
        return this;
    }

    /** Shows {@code rows} tickets a page (25, 50 or 100), through the paginator's own menu. */
    public QueuePage showRows(int rows) {
        var before = browser.find("#queue-form\\:tickets tbody tr");
        browser.script("var menu = document.querySelector('#queue-form\\\\:tickets .ui-paginator-rpp-options');"
                + "menu.value = '" + rows + "'; menu.dispatchEvent(new Event('change'));");
        browser.waitFor(ExpectedConditions.stalenessOf(before));
        browser.find("#queue-form\\:tickets tbody tr");
        return this;
    }

    public QueuePage nextPage() {
        var before = browser.find("#queue-form\\:tickets tbody tr");
        browser.click("#queue-form\\:tickets .ui-paginator-next");
        browser.waitFor(ExpectedConditions.stalenessOf(before));
        browser.find("#queue-form\\:tickets tbody tr");
        return this;
    }

    public List<String> references() {
        return browser.driver().findElements(By.cssSelector("#queue-form\\:tickets .gd-ticket-link")).stream()
                .map(e -> e.getText()).toList();
    }

    public List<String> subjects() {
        return browser.driver().findElements(By.cssSelector("#queue-form\\:tickets .gd-subject")).stream()
                .map(e -> e.getText()).toList();
    }

    public AgentTicketPage openTicket(String reference) {
        browser.driver().findElement(By.linkText(reference)).click();
        return AgentTicketPage.expect(browser);
    }

    /** The messages above the table, e.g. after an escalation or a reference lookup. */
    public String messages() {
        return browser.text("#queue-form\\:lookup");
    }
}
