package io.guarddesk.routing.control;

import io.guarddesk.routing.entity.RuleKind;
import io.guarddesk.routing.entity.RuleLanguage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The rules a new desk starts with, from {@value #RESOURCE}: the same file the corpus test measures,
 * so the figures in the README are the figures of what is installed. One rule per line, tab
 * separated: kind, language, enabled, pattern, note; {@code #} starts a comment line.
 */
public final class DefaultRules {

    public static final String RESOURCE = "/io/guarddesk/routing/classifier-rules.tsv";

    private DefaultRules() {
    }

    public static List<RuleDefinition> load() {
        var stream = Objects.requireNonNull(DefaultRules.class.getResourceAsStream(RESOURCE), RESOURCE + " is missing");
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RuleDefinition> parse(List<String> lines) {
        List<RuleDefinition> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rules.add(rule(line.split("\t", -1), "line " + (i + 1)));
        }
        return List.copyOf(rules);
    }

    private static RuleDefinition rule(String[] columns, String where) {
        if (columns.length != 5) {
            throw new IllegalStateException(RESOURCE + " " + where + ": expected 5 tab-separated columns, found " + columns.length);
        }
        var kind = RuleKind.valueOf(columns[0].strip().toUpperCase(Locale.ROOT));
        var language = RuleLanguage.of(columns[1])
                .orElseThrow(() -> new IllegalStateException(RESOURCE + " " + where + ": language is ja, en or any"));
        boolean enabled = switch (columns[2].strip()) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalStateException(RESOURCE + " " + where + ": enabled is yes or no");
        };
        return new RuleDefinition(columns[3].strip(), language, kind, enabled, columns[4].strip());
    }
}
