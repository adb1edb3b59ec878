package io.guarddesk.testing.browser;

import org.openqa.selenium.By;

import java.util.List;

/** The admin's audit log page: the verify button and its verdict, the entries newest first. */
public final class AuditPage {

    private final Browser browser;

    private AuditPage(Browser browser) {
        this.browser = browser;
    }

    public static AuditPage open(Browser browser) {
        browser.go("admin/audit");
        browser.find("#audit\\:verify");
        return new AuditPage(browser);
    }

    /** Presses "verify chain" and answers the verdict shown. */
    public String verify() {
        browser.click("#audit\\:verify");
        browser.find("#audit\\:verdict .ui-messages-info, #audit\\:verdict .ui-messages-error");
        return browser.text("#audit\\:verdict");
    }

    /** The numbers of the entries on the first page, top to bottom. */
    public List<Long> seqs() {
        browser.find("#audit\\:entries");
        return browser.driver().findElements(By.cssSelector("#audit\\:entries_data tr:not(.ui-datatable-empty-message) td:first-child"))
                .stream().map(cell -> Long.parseLong(cell.getText().strip())).toList();
    }
}
