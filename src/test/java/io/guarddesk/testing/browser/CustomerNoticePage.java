package io.guarddesk.testing.browser;

import org.openqa.selenium.By;

import java.util.List;

/**
 * A bulk notice to customers (R5): its text, recipients, the second supervisor's review and the
 * progress of sending. (Staff notifications are {@link NoticesPage}.)
 */
public final class CustomerNoticePage {

    private final Browser browser;

    private CustomerNoticePage(Browser browser) {
        this.browser = browser;
    }

    public static CustomerNoticePage expect(Browser browser) {
        browser.find("#notice\\:subject-ja");
        return new CustomerNoticePage(browser);
    }

    public static CustomerNoticePage open(Browser browser, long id) {
        browser.go("supervisor/notice?id=" + id);
        return expect(browser);
    }

    /** Sets the send time to now (the page's default is the next full hour but one), in the desk's zone. */
    public CustomerNoticePage sendNow() {
        var now = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Tokyo"));
        browser.type("#notice\\:send-at_input", now.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        browser.find("#notice\\:send-at_input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
        return this;
    }

    /** Writes the text in both languages and saves the draft; answers the saved notice's page. */
    public CustomerNoticePage write(String subjectJa, String bodyJa, String subjectEn, String bodyEn) {
        browser.type("#notice\\:subject-ja", subjectJa);
        browser.type("#notice\\:body-ja", bodyJa);
        browser.type("#notice\\:subject-en", subjectEn);
        browser.type("#notice\\:body-en", bodyEn);
        browser.click("#notice\\:save");
        browser.waitFor(d -> browser.present("#status") || !browser.text("#notice\\:messages").isBlank());
        if (!browser.present("#status")) {
            throw new IllegalStateException("the notice was not saved: " + browser.text("#notice\\:messages"));
        }
        return expect(browser);
    }

    public long id() {
        var url = browser.currentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    public String status() {
        return browser.textContentOf("status");
    }

    public int recipientCount() {
        return Integer.parseInt(browser.textContentOf("recipients-total"));
    }

    public CustomerNoticePage submit() {
        browser.click("#notice\\:submit");
        browser.find("#waiting");
        return expect(browser);
    }

    /** Whether this page offers its viewer to approve (never to the author). */
    public boolean offersApproval() {
        return browser.present("#notice\\:approve");
    }

    public int reviewedRecipients() {
        return Integer.parseInt(browser.textContentOf("review-count"));
    }

    /** The sample recipients' addresses the review lists. */
    public List<String> reviewedSample() {
        return browser.driver().findElements(By.cssSelector("[id='notice:review-sample'] tbody tr td:first-child")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** The subject and text of each rendered message (Japanese first), as the approver reads them. */
    public List<String> reviewedMessages() {
        return browser.driver().findElements(By.cssSelector(".gd-message-subject, .gd-message-text")).stream()
                .map(e -> e.getAttribute("textContent").strip()).toList();
    }

    public CustomerNoticePage approve() {
        browser.click("#notice\\:approve");
        browser.find("#approval");
        return expect(browser);
    }

    /** Waits, watching the progress bar, until {@code count} messages are sent; answers the bar's text. */
    public String awaitSent(long count) {
        browser.waitFor(d -> {
            var sent = d.findElements(By.id("count-sent"));
            return !sent.isEmpty() && sent.get(0).getText().strip().equals(Long.toString(count));
        });
        return browser.text("#notice\\:bar");
    }

    public String count(String what) {
        return browser.textContentOf("count-" + what);
    }
}
