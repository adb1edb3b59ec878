package io.guarddesk.tickets.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class AccessKeysTest {

    @Test
    @DisplayName("R4.2 an access key is 43 base64url characters carrying 256 bits")
    void keyShape() {
        var key = AccessKeys.newKey();

        assertThat(key).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(key)).hasSize(32);
    }

    @Test
    @DisplayName("R4.2 10,000 access keys are all distinct")
    void keysAreDistinct() {
        var keys = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            keys.add(AccessKeys.newKey());
        }

        assertThat(keys).hasSize(10_000);
    }

    @Test
    @DisplayName("R4.2 what is stored is the key's SHA-256 in hex, never the key")
    void hashIsSha256Hex() throws Exception {
        var key = AccessKeys.newKey();
        var expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));

        var hash = AccessKeys.hash(key);

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(expected).isNotEqualTo(key).doesNotContain(key);
    }

    @Test
    @DisplayName("R4.2 the hash is stable for a key and differs between keys")
    void hashIsDeterministicAndDistinguishes() {
        var key = AccessKeys.newKey();
        var other = AccessKeys.newKey();

        assertThat(AccessKeys.hash(key)).isEqualTo(AccessKeys.hash(key)).isNotEqualTo(AccessKeys.hash(other));
    }

    @Test
    @DisplayName("R4.2 the hash matches the published SHA-256 test vector")
    void hashKnownVector() {
        assertThat(AccessKeys.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    @DisplayName("R4.2 a key we hand out is well-formed")
    void newKeyIsWellFormed() {
        assertThat(AccessKeys.wellFormed(AccessKeys.newKey())).isTrue();
        assertThat(AccessKeys.wellFormed("A".repeat(21) + "-_" + "z9".repeat(10))).isTrue();
    }

    @Test
    @DisplayName("R4.2 wellFormed rejects a key of the wrong length")
    void wellFormedRejectsWrongLength() {
        assertThat(AccessKeys.wellFormed("")).isFalse();
        assertThat(AccessKeys.wellFormed("A".repeat(42))).isFalse();
        assertThat(AccessKeys.wellFormed("A".repeat(44))).isFalse();
        assertThat(AccessKeys.wellFormed(AccessKeys.newKey() + "A")).isFalse();
    }

    @ParameterizedTest(name = "R4.2 wellFormed rejects a key ending in \"{0}\"")
    @ValueSource(strings = {"+", "/", "=", " ", "%", ".", "é", "Ａ", "٣", "\u0000"})
    void wellFormedRejectsForeignCharacters(String last) {
        var key = "A".repeat(42) + last;
        assertThat(key).hasSize(43);

        assertThat(AccessKeys.wellFormed(key)).isFalse();
    }

    @Test
    @DisplayName("R4.2 wellFormed rejects null")
    void wellFormedRejectsNull() {
        assertThat(AccessKeys.wellFormed(null)).isFalse();
    }
}
