package io.guarddesk.testing.browser;

/** The public form, as a customer uses it. */
public final class SubmitPage {

    private final Browser browser;

    private SubmitPage(Browser browser) {
        this.browser = browser;
    }

    public static SubmitPage open(Browser browser, String language) {
        browser.go("?lang=" + language);
        browser.find("#ticket-form\\:submit");
        return new SubmitPage(browser);
    }

    public SubmitPage fill(String name, String email, String category, String subject, String message) {
        browser.type("#ticket-form\\:name", name);
        browser.type("#ticket-form\\:email", email);
        if (category != null) {
            browser.choose("ticket-form:category", category);
        }
        browser.type("#ticket-form\\:subject", subject);
        browser.type("#ticket-form\\:message", message);
        return this;
    }

    /** Sends the form and waits for the confirmation with the reference number. */
    public Confirmation send() {
        browser.click("#ticket-form\\:submit");
        return new Confirmation(browser.text("#reference"), browser.text("#submitted h1"), browser.text("#check-mail"));
    }

    /** Sends a form that should be refused, and answers the messages shown next to the fields. */
    public String sendExpectingErrors() {
        browser.click("#ticket-form\\:submit");
        browser.find("#ticket-form .ui-message-error");
        return browser.find("#ticket-form").getText();
    }

    public String heading() {
        return browser.text("#ticket-form h1");
    }

    public record Confirmation(String reference, String heading, String checkMail) {
    }
}
