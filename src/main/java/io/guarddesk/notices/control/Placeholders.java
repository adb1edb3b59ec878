package io.guarddesk.notices.control;

import io.guarddesk.notices.entity.RecipientData;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of a notice: only the recipient's own data (R5: "placeholders for the
 * recipient's own data only"). {@code {{name}}} the holder's name, {@code {{accounts}}} the
 * numbers of their affected accounts, {@code {{email}}} their address. Anything else in braces is
 * an error at drafting time, so no recipient ever gets a literal {@code {{…}}}.
 */
public final class Placeholders {

    public static final List<String> NAMES = List.of("name", "accounts", "email");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private Placeholders() {
    }

    /** The placeholders in {@code text} that are not one of {@link #NAMES}, in order of appearance. */
    public static Set<String> unknown(String text) {
        var unknown = new LinkedHashSet<String>();
        var matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!NAMES.contains(matcher.group(1))) {
                unknown.add("{{" + matcher.group(1) + "}}");
            }
        }
        return unknown;
    }

    /** {@code text} for {@code recipient}: their own values, nobody else's. */
    public static String fill(String text, RecipientData recipient) {
        var matcher = PLACEHOLDER.matcher(text);
        var result = new StringBuilder();
        while (matcher.find()) {
            var value = switch (matcher.group(1)) {
                case "name" -> recipient.name();
                case "accounts" -> recipient.accounts().replace(",", ", ");
                case "email" -> recipient.email();
                default -> matcher.group();
            };
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
