package io.guarddesk.mail.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComposerTest {

    private static final String BASE = "https://desk.example.com";
    private static final String KEY = "k3y-0f-th1s-m41l";
    private final Composer composer = new Composer(BASE + "/");

    static Stream<Arguments> templatesAndLanguages() {
        return Stream.of("confirm-ticket", "sign-in", "reply-notice")
                .flatMap(template -> Stream.of(Locale.JAPANESE, Locale.ENGLISH).map(language -> Arguments.of(template, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("templatesAndLanguages")
    @DisplayName("R1.6 every template in both languages ends with the \"this wasn't me\" link, in text and HTML")
    void footerAlwaysPresent(String template, Locale language) {
        var mail = composer.render(template, language, parameters(), KEY);

        var link = BASE + "/not-me?key=" + KEY;
        assertThat(mail.language()).isEqualTo(language);
        assertThat(mail.subject()).isNotBlank().doesNotContain("{{");
        assertThat(mail.text()).doesNotContain("{{").contains(link);
        assertThat(mail.text().strip()).endsWith(link);
        assertThat(mail.html()).contains("<a href=\"" + link + "\">" + link + "</a>");
        assertThat(mail.text()).contains(language == Locale.JAPANESE ? "様" : "Hello");
    }

    @Test
    @DisplayName("R7.2 a language other than Japanese gets the English mail")
    void otherLanguagesGetEnglish() {
        assertThat(composer.render("sign-in", Locale.FRENCH, parameters(), KEY).language()).isEqualTo(Locale.ENGLISH);
        assertThat(composer.render("sign-in", Locale.JAPAN, parameters(), KEY).language()).isEqualTo(Locale.JAPANESE);
    }

    @Test
    @DisplayName("R7.3 a name with markup or an ampersand arrives HTML-encoded in the HTML body and unchanged in the text")
    void htmlEncoded() {
        var values = parameters();
        values.put("reference", "<script>alert(1)</script> a&b \"q\"");

        var mail = composer.render("reply-notice", Locale.ENGLISH, values, KEY);

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; a&amp;b &#34;q&#34;");
        assertThat(mail.text()).contains("<script>alert(1)</script> a&b \"q\"");
    }

    @Test
    @DisplayName("R1.1 the confirmation mail carries none of what the customer wrote, only fixed text and the reference")
    void confirmationHasNoCustomerText() {
        var values = parameters();
        values.put("subject", "MARKER-SUBJECT");
        values.put("message", "MARKER-BODY");
        values.put("body", "MARKER-BODY");

        for (var language : new Locale[]{Locale.ENGLISH, Locale.JAPANESE}) {
            var mail = composer.render("confirm-ticket", language, values, KEY);
            assertThat(mail.subject() + mail.text() + mail.html()).doesNotContain("MARKER").contains("GD-7K3M9-X2QPA-44R7D");
            var bundle = ResourceBundle.getBundle("io.guarddesk.mail.templates", language);
            assertThat(bundle.getString("confirm-ticket.subject") + bundle.getString("confirm-ticket.text"))
                    .as("the template asks only for name, reference, link and hours")
                    .doesNotContain("{{subject", "{{message", "{{body", "{{text");
        }
    }

    @Test
    @DisplayName("R5.1 CR, LF and other control characters never reach the subject")
    void subjectIsOneLine() {
        var values = parameters();
        values.put("reference", "GD-1\r\nBcc: evil@example.com\u0000\u2028x");

        var subject = composer.render("reply-notice", Locale.ENGLISH, values, KEY).subject();

        assertThat(subject).doesNotContain("\r", "\n", "\u0000", "\u2028").contains("GD-1 Bcc: evil@example.com x");
    }

    @Test
    @DisplayName("R7.2 a template parameter without a value fails instead of mailing {{name}}")
    void missingParameterFails() {
        assertThatThrownBy(() -> composer.render("sign-in", Locale.ENGLISH, Map.of("name", "Aoi"), KEY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minutes");
        assertThatThrownBy(() -> composer.render("no-such-template", Locale.ENGLISH, parameters(), KEY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-template");
    }

    @Test
    @DisplayName("R7.2 each mail gets its own Message-ID under the desk's host")
    void messageIds() {
        assertThat(composer.newMessageId()).matches("<[0-9a-f-]{36}@desk\\.example\\.com>").isNotEqualTo(composer.newMessageId());
    }

    private static Map<String, String> parameters() {
        var values = new HashMap<String, String>();
        values.put("name", "Aoi Tanaka");
        values.put("reference", "GD-7K3M9-X2QPA-44R7D");
        values.put("link", BASE + "/confirm?key=abc");
        values.put("hours", "24");
        values.put("minutes", "15");
        return values;
    }
}
