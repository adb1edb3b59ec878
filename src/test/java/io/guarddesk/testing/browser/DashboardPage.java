package io.guarddesk.testing.browser;

/** The supervisor dashboard: figures and the chart of security tickets per day by source. */
public final class DashboardPage {

    private final Browser browser;

    private DashboardPage(Browser browser) {
        this.browser = browser;
    }

    public static DashboardPage open(Browser browser) {
        browser.go("supervisor/dashboard");
        browser.find("#stat-open");
        return new DashboardPage(browser);
    }

    public int figure(String id) {
        return Integer.parseInt(browser.find("#stat-" + id + " .gd-number").getText().strip());
    }

    /** True once Chart.js drew the chart into its canvas. */
    public boolean chartDrawn() {
        browser.find("#per-day canvas");
        return Boolean.TRUE.equals(browser.script(
                "var c = document.querySelector('#per-day canvas'); return !!c && c.width > 0 && c.height > 0;"));
    }
}
