package io.guarddesk.testing.browser;

/** An incident opened from a security ticket: the facts form and the deadline clocks. */
public final class IncidentPage {

    private final Browser browser;

    private IncidentPage(Browser browser) {
        this.browser = browser;
    }

    /** The page "Open an incident" on a ticket leads to: the form, prefilled from the ticket. */
    public static IncidentPage expectForm(Browser browser) {
        browser.find("#incident\\:title");
        return new IncidentPage(browser);
    }

    public static IncidentPage open(Browser browser, String reference) {
        browser.go("supervisor/incident?ref=" + reference);
        browser.find("#incident-reference");
        return new IncidentPage(browser);
    }

    /** "Notify the affected customers": a new notice to the owners of the incident's affected accounts. */
    public CustomerNoticePage notifyAffected() {
        browser.click("#incident\\:new-notice");
        return CustomerNoticePage.expect(browser);
    }

    /** The rows of the incident's notices table, as text. */
    public java.util.List<String> notices() {
        return browser.driver().findElements(org.openqa.selenium.By.cssSelector("[id='incident:incident-notices'] tbody tr")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** Ticks a kind of leaked data by its value (e.g. CARD_DATA), sets the number of people and opens the incident. */
    public IncidentPage open(String kind, int people) {
        browser.script("document.querySelector(\"input[type=checkbox][value='" + kind + "']\").click();");
        browser.type("#incident\\:people_input", Integer.toString(people));
        browser.click("#incident\\:create");
        browser.waitFor(d -> browser.present("#incident-reference") || !browser.text("#incident\\:messages").isBlank());
        if (!browser.present("#incident-reference")) {
            throw new IllegalStateException("the incident was not opened: " + browser.text("#incident\\:messages"));
        }
        return this;
    }

    public String reference() {
        var text = browser.textContentOf("incident-reference");
        if (text.isBlank()) {
            throw new IllegalStateException("no incident reference on the page: " + browser.pageSource());
        }
        return text;
    }

    public String assessment() {
        return browser.textContentOf("appi-assessment");
    }

    /** The clock of APPI_PRELIMINARY, APPI_FINAL or GDPR as the page shows it. */
    public String clock(String deadline) {
        return browser.textContentOf("clock-" + deadline);
    }
}
