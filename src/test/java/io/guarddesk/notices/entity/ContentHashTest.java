package io.guarddesk.notices.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashTest {

    @Test
    @DisplayName("R5.2 values are length-prefixed: (\"ab\", \"c\") and (\"a\", \"bc\") hash differently")
    void lengthPrefixed() {
        assertThat(hash("ab", "c")).isNotEqualTo(hash("a", "bc"));
        assertThat(hash("abc", "")).isNotEqualTo(hash("", "abc"));
        // a value holding the byte that marks the start of a value must not read as two values
        assertThat(hash("a\u0001b")).isNotEqualTo(hash("a", "b"));
    }

    @Test
    @DisplayName("R5.2 a missing value differs from an empty one and from the text \"null\"")
    void nullIsNotEmpty() {
        assertThat(hash((String) null)).isNotEqualTo(hash("")).isNotEqualTo(hash("null"));
        assertThat(new ContentHash("k").add((Instant) null).hex()).isEqualTo(hash((String) null));
    }

    @Test
    @DisplayName("R5.2 the same input gives the same 64 hex digits; the kind is part of it")
    void stable() {
        assertThat(hash("a", "bc")).isEqualTo(hash("a", "bc")).matches("[0-9a-f]{64}");
        assertThat(new ContentHash("other").add("a").add("bc").hex()).isNotEqualTo(hash("a", "bc"));
    }

    @Test
    @DisplayName("R5.2 a recipient list's hash covers each recipient's address, name, accounts and language, in order")
    void recipientHash() {
        var hanako = new RecipientData("hanako@example.jp", "山田 花子", "C-1,C-2", "ja");
        var taro = new RecipientData("taro@example.jp", "Taro Sato", "C-3", "en");
        var base = recipients(hanako, taro);

        assertThat(recipients(hanako, taro)).isEqualTo(base);
        assertThat(recipients(taro, hanako)).as("order").isNotEqualTo(base);
        assertThat(recipients(new RecipientData("hanako@example.com", "山田 花子", "C-1,C-2", "ja"), taro)).as("email").isNotEqualTo(base);
        assertThat(recipients(new RecipientData("hanako@example.jp", "山田 華子", "C-1,C-2", "ja"), taro)).as("name").isNotEqualTo(base);
        assertThat(recipients(new RecipientData("hanako@example.jp", "山田 花子", "C-1", "ja"), taro)).as("accounts").isNotEqualTo(base);
        assertThat(recipients(new RecipientData("hanako@example.jp", "山田 花子", "C-1,C-2", "en"), taro)).as("language").isNotEqualTo(base);
        assertThat(recipients(hanako)).as("one fewer").isNotEqualTo(base);
    }

    private static String hash(String... values) {
        var hash = new ContentHash("k");
        for (var value : values) {
            hash.add(value);
        }
        return hash.hex();
    }

    private static String recipients(RecipientData... recipients) {
        var hash = ContentHash.recipients();
        for (var recipient : recipients) {
            hash.add(recipient);
        }
        return hash.hex();
    }
}
