package io.guarddesk.tickets.control;

import io.guarddesk.tickets.entity.Reference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueueSearchTest {

    @Test
    @DisplayName("R1.8 a reference however typed is a reference, an address is an address, anything else is text")
    void kinds() {
        var reference = Reference.random();
        assertThat(QueueSearch.of(reference.value().toLowerCase().replace("-", " "))).contains(new QueueSearch.ByReference(reference));
        assertThat(QueueSearch.of(" Mail@Example.COM ")).contains(new QueueSearch.ByAddress("mail@example.com"));
        assertThat(QueueSearch.of("@example.com")).as("a domain is text").contains(new QueueSearch.ByText("@example.com"));
        assertThat(QueueSearch.of("  password reset ")).contains(new QueueSearch.ByText("password reset"));
        assertThat(QueueSearch.of("   ")).isEmpty();
        assertThat(QueueSearch.of(null)).isEmpty();
    }

    @Test
    @DisplayName("three characters, or two Japanese ones; fewer, no letters side by side, or over 200 characters is no search")
    void lengths() {
        assertThat(QueueSearch.of("請求")).contains(new QueueSearch.ByText("請求"));
        assertThat(((QueueSearch.ByText) QueueSearch.of("請求").orElseThrow()).pair()).isTrue();
        assertThat(((QueueSearch.ByText) QueueSearch.of("請求書").orElseThrow()).pair()).isFalse();
        assertThat(QueueSearch.of("ログ")).contains(new QueueSearch.ByText("ログ"));
        assertThat(QueueSearch.of("𠮷野")).as("a character outside the BMP counts once").contains(new QueueSearch.ByText("𠮷野"));
        assertThat(QueueSearch.of("abc")).contains(new QueueSearch.ByText("abc"));
        assertThat(QueueSearch.of("100%")).contains(new QueueSearch.ByText("100%"));
        for (var unsearchable : new String[] {"a", "請", "ab", "a請", "請。", "%%%", "a.b", "x".repeat(201)}) {
            assertThat(QueueSearch.of(unsearchable)).as(unsearchable).contains(new QueueSearch.Unsearchable());
        }
        assertThat(QueueSearch.of("x".repeat(200))).contains(new QueueSearch.ByText("x".repeat(200)));
    }

    @Test
    @DisplayName("the LIKE pattern takes %, _ and \\ literally and looks anywhere")
    void pattern() {
        assertThat(new QueueSearch.ByText("100%_off").pattern()).isEqualTo("%100\\%\\_off%");
        assertThat(new QueueSearch.ByText("C:\\temp").pattern()).isEqualTo("%C:\\\\temp%");
        assertThat(new QueueSearch.ByText("請求書").pattern()).isEqualTo("%請求書%");
    }

    @Test
    @DisplayName("the term is NFC like every stored text, so a decomposed kana matches the composed one")
    void normalised() {
        assertThat(QueueSearch.of("\u30AB\u3099イド")).contains(new QueueSearch.ByText("\u30AC\u30A4\u30C9"));
    }
}
