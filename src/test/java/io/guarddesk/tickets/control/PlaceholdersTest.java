package io.guarddesk.tickets.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTest {

    @Test
    @DisplayName("Canned replies: known placeholders are filled")
    void fillsKnownPlaceholders() {
        var text = Placeholders.fill("Dear {{requester.name}}, about {{ticket.reference}}: thanks, {{requester.name}}.",
                Map.of("requester.name", "Hanako Yamada", "ticket.reference", "GD-7K3M9-QXT4H-CA2BZ"));

        assertThat(text).isEqualTo("Dear Hanako Yamada, about GD-7K3M9-QXT4H-CA2BZ: thanks, Hanako Yamada.");
    }

    @Test
    @DisplayName("Canned replies: spaces inside the braces are tolerated")
    void toleratesSpacesInsideBraces() {
        var text = Placeholders.fill("Hello {{ requester.name }} and {{requester.name   }}",
                Map.of("requester.name", "Aiko"));

        assertThat(text).isEqualTo("Hello Aiko and Aiko");
    }

    @Test
    @DisplayName("Canned replies: an unknown placeholder stays visible so a typo is noticed")
    void unknownPlaceholderStaysVisible() {
        var text = Placeholders.fill("Dear {{requester.nmae}}, {{ ticket.reference }}",
                Map.of("requester.name", "Aiko"));

        assertThat(text).isEqualTo("Dear {{requester.nmae}}, {{ ticket.reference }}");
    }

    @Test
    @DisplayName("Canned replies: $ and \\ in a value are literal, not regex replacement syntax")
    void valuesAreLiteral() {
        var text = Placeholders.fill("Hi {{requester.name}}!", Map.of("requester.name", "$1\\"));

        assertThat(text).isEqualTo("Hi $1\\!");
    }

    @Test
    @DisplayName("R2.1 a value is not itself expanded: a requester named like a placeholder stays literal")
    void valuesAreNotExpandedAgain() {
        var text = Placeholders.fill("Dear {{requester.name}}", Map.of(
                "requester.name", "{{account.login}}",
                "account.login", "someone-else"));

        assertThat(text).isEqualTo("Dear {{account.login}}");
    }

    @Test
    @DisplayName("Canned replies: text without placeholders, and lone braces, pass unchanged")
    void plainTextUnchanged() {
        var template = "Use {curly} braces, $dollars and \\backslashes; {{ }} is not a placeholder.";

        assertThat(Placeholders.fill(template, Map.of("requester.name", "Aiko"))).isEqualTo(template);
    }
}
