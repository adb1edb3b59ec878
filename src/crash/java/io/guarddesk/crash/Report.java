package io.guarddesk.crash;

import java.util.ArrayList;
import java.util.List;

/** Figures and checks of one scenario, printed as a table; a failed check makes the harness exit non-zero. */
final class Report {

    record Check(String name, boolean passed, String detail) {
    }

    private final String title;
    private final List<String[]> figures = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();

    Report(String title) {
        this.title = title;
    }

    void figure(String what, Object value) {
        figures.add(new String[]{what, String.valueOf(value)});
    }

    void section(String name) {
        figures.add(new String[]{"-- " + name, ""});
    }

    void check(String name, boolean passed, String detail) {
        checks.add(new Check(name, passed, detail));
    }

    /** A check that is reported but never fails the run (e.g. repeats SMTP allows). */
    void note(String name, String detail) {
        checks.add(new Check(name, true, "(informational) " + detail));
    }

    boolean passed() {
        return checks.stream().allMatch(Check::passed);
    }

    void print() {
        var out = new StringBuilder();
        out.append('\n').append("=".repeat(100)).append('\n').append(title).append('\n').append("=".repeat(100)).append('\n');
        int width = figures.stream().mapToInt(f -> f[0].length()).max().orElse(10);
        for (var figure : figures) {
            if (figure[0].startsWith("-- ")) {
                out.append('\n').append(figure[0].substring(3)).append('\n');
            } else {
                out.append("  ").append(pad(figure[0], width)).append("  ").append(figure[1]).append('\n');
            }
        }
        out.append("\nChecks\n");
        for (var check : checks) {
            out.append("  ").append(check.passed() ? "PASS " : "FAIL ").append(check.name());
            if (!check.detail().isEmpty()) {
                out.append(" -- ").append(check.detail());
            }
            out.append('\n');
        }
        out.append('\n').append(passed() ? "RESULT: PASS" : "RESULT: FAIL").append(" (").append(title).append(")\n");
        System.out.print(out);
        System.out.flush();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** The first few of a list, for a check's detail. */
    static String examples(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        return items.size() + ": " + String.join(", ", items.subList(0, Math.min(8, items.size()))) + (items.size() > 8 ? ", ..." : "");
    }
}
