package io.guarddesk.testing.browser;

import io.guarddesk.testing.Staff;

/** The staff sign-in page. */
public final class LoginPage {

    private final Browser browser;

    private LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.go("login");
        return here(browser);
    }

    /** The sign-in page the browser is on already (e.g. after a redirect). */
    public static LoginPage here(Browser browser) {
        browser.find("#login-form\\:signin");
        return new LoginPage(browser);
    }

    public QueuePage signInAs(Staff staff) {
        submit(staff.username, staff.password);
        return QueuePage.expect(browser);
    }

    /** Signs in a staff member who works no tickets (an admin); answers once signed in. */
    public void signInAsAdmin(Staff staff) {
        submit(staff.username, staff.password);
        browser.find("#nav-accounts");
    }

    /** Signs in a staff member made for one test; answers once the sign-in page is left behind. */
    public void signIn(String username, String password) {
        submit(username, password);
        browser.waitFor(d -> !d.getCurrentUrl().contains("/login"));
    }

    public String signInFailing(String username, String password) {
        submit(username, password);
        return browser.text("#login-form\\:login-messages");
    }

    private void submit(String username, String password) {
        browser.type("#login-form\\:username", username);
        browser.type("#login-form\\:password", password);
        browser.click("#login-form\\:signin");
    }
}
