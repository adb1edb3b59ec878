package io.guarddesk.testing.browser;

import io.guarddesk.testing.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: nothing is downloaded, and the
 * flags keep Chromium off the (closed) network. One browser per test, with a fresh profile.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final File profile;

    private Browser(WebDriver driver, File profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser open(String language) {
        System.setProperty("SE_OFFLINE", "true");
        try {
            var profile = Files.createTempDirectory("guarddesk-chromium").toFile();
            var options = new ChromeOptions();
            options.setBinary(System.getProperty("guarddesk.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=" + language,
                    "--user-data-dir=" + profile.getAbsolutePath());
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("guarddesk.chromedriver", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void go(String path) {
        driver.get(Deployments.baseUri().resolve(path).toString());
    }

    public WebElement find(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public void type(String css, String text) {
        var field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    public void click(String css) {
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Chooses an option of a PrimeFaces selectOneMenu by its value, through the hidden native select. */
    public void choose(String menuId, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
    }

    public void waitForText(String css, String text) {
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        // ajax updates and navigations replace elements while we look at them: look again rather
        // than fail. ChromeDriver reports a node replaced by a navigation not as stale but as an
        // "unknown error" that the node "does not belong to the document" (seen in CI once).
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    public String text(String css) {
        return find(css).getText();
    }

    /**
     * The text content of the element with {@code id}, also where it is not displayed (a span in
     * a collapsed panel); says what the page shows instead when there is no such element.
     */
    public String textContentOf(String id) {
        var found = driver.findElements(By.id(id));
        if (found.isEmpty()) {
            throw new IllegalStateException("no #" + id + " at " + currentUrl() + ": " + driver.findElement(By.tagName("main")).getText());
        }
        return found.get(0).getAttribute("textContent").strip();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    /** True when a script opened an alert/confirm/prompt dialog. */
    public boolean dialogOpen() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(File file) {
        var children = file.listFiles();
        if (children != null) {
            for (var child : children) {
                deleteQuietly(child);
            }
        }
        file.delete();
    }
}
