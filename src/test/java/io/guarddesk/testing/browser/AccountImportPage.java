package io.guarddesk.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The admin's directory import: choose a file, watch the progress bar, read the report. */
public final class AccountImportPage {

    private final Browser browser;

    private AccountImportPage(Browser browser) {
        this.browser = browser;
    }

    public static AccountImportPage open(Browser browser) {
        browser.go("admin/accounts");
        browser.find("#import");
        return new AccountImportPage(browser);
    }

    /** Uploads the file and waits until the import has finished; answers the phase line. */
    public String upload(Path file) {
        browser.driver().findElement(By.cssSelector("#import input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.find("#import\\:progress");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> progress() == 100 && !d.findElements(By.id("phase")).isEmpty());
        return browser.text("#phase");
    }

    public int progress() {
        var bars = browser.driver().findElements(By.cssSelector("#import\\:progress .ui-progressbar-value"));
        if (bars.isEmpty()) {
            return -1;
        }
        String style;
        try {
            style = bars.get(0).getAttribute("style");
        } catch (StaleElementReferenceException replaced) {
            return -1; // the poll re-rendered the bar between finding and reading it; the wait asks again
        }
        var matcher = java.util.regex.Pattern.compile("width:\\s*(\\d+)%").matcher(style == null ? "" : style);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    public String counts() {
        return browser.text("#counts");
    }

    public List<String> rejectedRows() {
        return browser.driver().findElements(By.cssSelector("#import\\:rejected tbody tr")).stream().map(e -> e.getText()).toList();
    }
}
