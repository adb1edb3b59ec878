package io.guarddesk.mail.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LinksTest {

    private static final String BASE = "https://desk.example.com";

    @Test
    @DisplayName("R1.6 only the desk's own URLs become links, without trailing punctuation")
    void ownLinksOnly() {
        var segments = Links.split("Open " + BASE + "/ticket?key=a_b-c. Or https://elsewhere.example/x or "
                + BASE + ".evil.example/phish and " + BASE + "/not-me?key=z)", BASE);

        assertThat(segments).filteredOn(Links.Segment::link).extracting(Links.Segment::text)
                .containsExactly(BASE + "/ticket?key=a_b-c", BASE + "/not-me?key=z");
        assertThat(String.join("", segments.stream().map(Links.Segment::text).toList()))
                .as("nothing lost or added").startsWith("Open ").endsWith("z)");
    }

    @Test
    @DisplayName("R1.6 a link ends at Japanese punctuation and line breaks")
    void japaneseText() {
        var segments = Links.split("次のリンク：" + BASE + "/ticket?key=x。\n" + BASE + "/a\nです", BASE);

        assertThat(segments).filteredOn(Links.Segment::link).extracting(Links.Segment::text)
                .containsExactly(BASE + "/ticket?key=x", BASE + "/a");
    }

    @Test
    @DisplayName("R7.3 an anchor's address is attribute-encoded and line breaks become <br>")
    void htmlAnchors() {
        var html = HtmlBody.of("a\n" + BASE + "/x?k='1'&y=2\n<b>", BASE, Locale.ENGLISH);

        assertThat(html).contains("a<br>\n<a href=\"" + BASE + "/x?k=&#39;1&#39;&amp;y=2\">")
                .contains("&lt;b&gt;").doesNotContain("<b>");
    }
}
