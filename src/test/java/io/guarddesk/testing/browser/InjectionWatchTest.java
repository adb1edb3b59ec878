package io.guarddesk.testing.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The XSS checks are only as good as their watch: it must see what a broken escape lets in. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionWatchTest {

    private static final String POLICY = "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'nonce-n0nce'\">";
    private final WatchedBrowsers browsers = new WatchedBrowsers();
    private Browser browser;

    @BeforeAll
    void open() {
        browser = browsers.open("en");
    }

    @Test
    @DisplayName("R7.3 an injected handler the page's policy blocked is still seen: the violation and the handler")
    void blockedHandler() throws IOException {
        show(POLICY + "<p>ok</p><img src=x onerror=alert(1)>");

        assertThat(InjectionWatch.signs(browser)).anyMatch(s -> s.startsWith("policy violation"))
                .anyMatch(s -> s.startsWith("inline handler"));
    }

    @Test
    @DisplayName("R7.3 a script that runs where no policy stops it is seen, and opens no dialog")
    void scriptRan() throws IOException {
        show("<p>mail</p><script>alert(1)</script><svg><script>top.gdxss=1</script></svg>");

        assertThat(InjectionWatch.signs(browser)).contains("script ran: alert(1)", "script ran: canary set");
        assertThat(browser.dialogOpen()).isFalse();
    }

    @Test
    @DisplayName("R7.3 escaped markup is text, and a page of it is inert")
    void escapedIsInert() throws IOException {
        show(POLICY + "<p>&lt;img src=x onerror=alert(1)&gt;</p><script nonce=\"n0nce\">document.title = 'own script';</script>");

        assertThat(InjectionWatch.signs(browser)).isEmpty();
        assertThat(browser.text("p")).isEqualTo("<img src=x onerror=alert(1)>");
    }

    private void show(String html) throws IOException {
        var file = Files.createTempFile("watch", ".html");
        file.toFile().deleteOnExit();
        Files.writeString(file, "<!DOCTYPE html><html><head>" + html.replaceFirst("<p>", "</head><body><p>") + "</body></html>",
                StandardCharsets.UTF_8);
        browser.driver().get(file.toUri().toString());
    }

    @AfterAll
    void close() {
        browsers.close();
    }
}
