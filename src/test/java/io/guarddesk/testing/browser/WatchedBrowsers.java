package io.guarddesk.testing.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Browsers with an {@link InjectionWatch} installed, and the pages found not inert. It collects
 * rather than stops at the first such page, so one run names every page with a broken escape.
 */
public final class WatchedBrowsers implements AutoCloseable {

    private final List<Browser> browsers = new ArrayList<>();
    private final Map<String, String> problems = new LinkedHashMap<>();

    public Browser open(String language) {
        var browser = Browser.open(language);
        browsers.add(browser);
        InjectionWatch.install(browser);
        return browser;
    }

    /** Looks at the page the browser shows now; {@code page} names it in the findings. */
    public void check(Browser browser, String page) {
        var signs = InjectionWatch.signs(browser);
        if (!signs.isEmpty()) {
            problems.put(page, String.join("\n  ", signs));
        }
    }

    /** Page name → what was found there; empty when every page checked was inert. */
    public Map<String, String> problems() {
        return problems;
    }

    @Override
    public void close() {
        browsers.forEach(Browser::close);
        browsers.clear();
    }
}
