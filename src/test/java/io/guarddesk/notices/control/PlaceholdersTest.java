package io.guarddesk.notices.control;

import io.guarddesk.notices.entity.RecipientData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTest {

    private static final RecipientData HANAKO = new RecipientData("hanako@example.jp", "山田 花子", "C-100,C-200", "ja");

    @Test
    @DisplayName("R5.1 name, accounts and email are the recipient's own, accounts separated by \", \"")
    void fillsOwnData() {
        var text = Placeholders.fill("{{name}} 様: {{accounts}} ({{email}})", HANAKO);

        assertThat(text).isEqualTo("山田 花子 様: C-100, C-200 (hanako@example.jp)");
    }

    @Test
    @DisplayName("R5.1 spaces inside the braces are tolerated, and a placeholder may repeat")
    void spacing() {
        var text = Placeholders.fill("{{ name }}/{{name  }}/{{\temail}}/{{ accounts}}", HANAKO);

        assertThat(text).isEqualTo("山田 花子/山田 花子/hanako@example.jp/C-100, C-200");
        assertThat(Placeholders.unknown("{{ name }} {{name  }} {{\temail}} {{ accounts}}")).isEmpty();
    }

    @Test
    @DisplayName("R5.1 anything but the recipient's own data is unknown, listed once each in order of appearance")
    void unknownListed() {
        var unknown = Placeholders.unknown("{{password}} {{name}} {{ account.login C-1 }} {{password}} {{Name}}");

        assertThat(unknown).containsExactly("{{password}}", "{{account.login C-1}}", "{{Name}}");
    }

    @Test
    @DisplayName("R5.1 text without placeholders has no unknown ones and is filled unchanged")
    void plainText() {
        var plain = "Use {single} braces, $1 and \\ freely.";

        assertThat(Placeholders.unknown(plain)).isEmpty();
        assertThat(Placeholders.fill(plain, HANAKO)).isEqualTo(plain);
    }

    @Test
    @DisplayName("R5.1 a value that looks like a placeholder is inserted literally, not expanded again")
    void valuesNotExpanded() {
        var sneaky = new RecipientData("x@example.jp", "{{email}} {{accounts}}", "C-1", "en");

        assertThat(Placeholders.fill("Dear {{name}}", sneaky)).isEqualTo("Dear {{email}} {{accounts}}");
    }

    @Test
    @DisplayName("R5.1 $ and backslashes in a value are literal, not regular-expression replacement syntax")
    void valuesLiteral() {
        var odd = new RecipientData("a$1@example.jp", "$0 \\1 \\", "C-$2", "en");

        assertThat(Placeholders.fill("{{name}}|{{email}}|{{accounts}}", odd)).isEqualTo("$0 \\1 \\|a$1@example.jp|C-$2");
    }

    @Test
    @DisplayName("R5.1 an unknown placeholder is left as written when filling, never replaced by some other data")
    void unknownLeftAlone() {
        assertThat(Placeholders.fill("{{password}} {{ name }}", HANAKO)).isEqualTo("{{password}} 山田 花子");
    }

    @Test
    @DisplayName("R5.1 a long unknown placeholder is still caught at drafting time, so no recipient gets a literal {{…}}")
    void longUnknownCaught() {
        var placeholder = "{{" + "x".repeat(60) + "}}";

        assertThat(Placeholders.unknown("Hello " + placeholder)).containsExactly(placeholder);
    }
}
