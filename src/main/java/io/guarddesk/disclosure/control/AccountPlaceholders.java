package io.guarddesk.disclosure.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The placeholders the "insert account information" action puts into a draft (R2.1), e.g.
 * {@code {{account.number C-100234}}}. The draft holds only the placeholder; the value is filled in
 * when the message is sent, after the owner is checked again, so no draft ever holds it.
 */
public final class AccountPlaceholders {

    public enum Field {
        NUMBER("number"), LOGIN("login"), RESET_LINK("reset-link");

        private final String token;

        Field(String token) {
            this.token = token;
        }

        public String token() {
            return token;
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{\\s*account\\.(number|login|reset-link)\\s+([A-Za-z0-9][A-Za-z0-9._/-]{0,63})\\s*}}");

    /** One placeholder found in a draft. */
    public record Use(Field field, String accountNumber) {
    }

    private AccountPlaceholders() {
    }

    public static String placeholder(Field field, String accountNumber) {
        return "{{account." + field.token() + " " + accountNumber + "}}";
    }

    public static List<Use> find(String draft) {
        var uses = new ArrayList<Use>();
        var matcher = PLACEHOLDER.matcher(draft);
        while (matcher.find()) {
            uses.add(new Use(field(matcher.group(1)), matcher.group(2)));
        }
        return uses;
    }

    /** The draft with every placeholder replaced by what {@code value} answers for it. */
    public static String fill(String draft, Function<Use, String> value) {
        var matcher = PLACEHOLDER.matcher(draft);
        var result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, java.util.regex.Matcher.quoteReplacement(
                    value.apply(new Use(field(matcher.group(1)), matcher.group(2)))));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static Field field(String token) {
        for (var field : Field.values()) {
            if (field.token.equals(token)) {
                return field;
            }
        }
        throw new IllegalArgumentException(token);
    }
}
