package io.guarddesk.testing.browser;

/** The page a password-reset link opens when the desk stands in for the company's reset page. */
public final class ResetPage {

    private final Browser browser;

    private ResetPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens a link as given in the mail (absolute). */
    public static ResetPage open(Browser browser, String link) {
        browser.driver().get(link);
        browser.find("#outcome");
        return new ResetPage(browser);
    }

    public String outcome() {
        return browser.text("#outcome");
    }

    public ResetPage use() {
        browser.click("#reset-form\\:use");
        browser.find("#outcome");
        return this;
    }
}
