package io.guarddesk.staff.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenCodecTest {

    @Test
    @DisplayName("R4.2 an API token is gd_ followed by 256 random bits in base64url")
    void tokenShape() {
        var token = ApiTokenCodec.newToken();

        assertThat(token).startsWith("gd_").hasSize(3 + 43);
        var secret = token.substring(3);
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
    }

    @Test
    @DisplayName("R4.2 10,000 API tokens are all distinct")
    void tokensAreDistinct() {
        var tokens = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            tokens.add(ApiTokenCodec.newToken());
        }

        assertThat(tokens).hasSize(10_000);
    }

    @Test
    @DisplayName("R4.2 a token is stored as its SHA-256 in lower-case hex")
    void hashIsSha256OfToken() throws Exception {
        var token = ApiTokenCodec.newToken();
        var expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));

        var hash = ApiTokenCodec.hash(token);

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(expected).doesNotContain(token.substring(3));
    }

    @Test
    @DisplayName("R4.2 the token hash matches the published SHA-256 test vector")
    void hashKnownVector() {
        assertThat(ApiTokenCodec.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    @DisplayName("R4.2 different tokens have different hashes")
    void hashesDiffer() {
        assertThat(ApiTokenCodec.hash(ApiTokenCodec.newToken())).isNotEqualTo(ApiTokenCodec.hash(ApiTokenCodec.newToken()));
    }

    @Test
    @DisplayName("R4.2 the hint shows only the prefix and 4 characters")
    void hintShowsOnlyPrefixAndFourCharacters() {
        var token = ApiTokenCodec.newToken();

        var hint = ApiTokenCodec.hint(token);

        assertThat(hint).isEqualTo(token.substring(0, 7) + "…");
        assertThat(hint.replace("…", "")).hasSize(7);
        assertThat(ApiTokenCodec.hint("gd_ABCDEFGHIJ")).isEqualTo("gd_ABCD…");
    }

    @Test
    @DisplayName("R4.2 a token we issue looks like a token")
    void issuedTokenLooksLikeToken() {
        assertThat(ApiTokenCodec.looksLikeToken(ApiTokenCodec.newToken())).isTrue();
    }

    @Test
    @DisplayName("R4.2 looksLikeToken rejects null, a missing or wrong prefix and a wrong length")
    void looksLikeTokenRejects() {
        var secret = ApiTokenCodec.newToken().substring(3);

        assertThat(ApiTokenCodec.looksLikeToken(null)).isFalse();
        assertThat(ApiTokenCodec.looksLikeToken("")).isFalse();
        assertThat(ApiTokenCodec.looksLikeToken(secret)).isFalse();
        assertThat(ApiTokenCodec.looksLikeToken("xx_" + secret)).isFalse();
        assertThat(ApiTokenCodec.looksLikeToken("GD_" + secret)).isFalse();
        assertThat(ApiTokenCodec.looksLikeToken("gd_" + secret.substring(1))).isFalse();
        assertThat(ApiTokenCodec.looksLikeToken("gd_" + secret + "A")).isFalse();
    }
}
