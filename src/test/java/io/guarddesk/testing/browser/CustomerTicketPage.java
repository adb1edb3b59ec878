package io.guarddesk.testing.browser;

import org.openqa.selenium.By;

import java.util.List;

/** The customer's private ticket page. */
public final class CustomerTicketPage {

    private final Browser browser;

    private CustomerTicketPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens a link from a mail (a confirmation or a private link); both end on the thread. */
    public static CustomerTicketPage open(Browser browser, String linkFromMail) {
        browser.driver().get(linkFromMail);
        if (browser.present("#confirm-form\\:confirm")) {
            browser.click("#confirm-form\\:confirm");
        }
        browser.find("#thread");
        return new CustomerTicketPage(browser);
    }

    public List<String> messages() {
        return browser.driver().findElements(By.cssSelector("#thread .gd-body")).stream().map(e -> e.getText()).toList();
    }

    public String subject() {
        return browser.text("#subject");
    }

    public String status() {
        return browser.text("#status");
    }

    public CustomerTicketPage answer(String text) {
        browser.type("#reply-form\\:reply", text);
        browser.click("#reply-form\\:send");
        browser.find("#thread");
        return this;
    }
}
