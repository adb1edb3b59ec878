package io.guarddesk.disclosure.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class HostileInputTest {

    private static final int ONE_MB = 1 << 20;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "1 ", "a-", "1-", "a.", "4111 ", "eyJ", "eyJab.", "eyJabcdefghijk.eyJ", "-----BEGIN ", "-----BEGIN RSA PRIVATE KEY-----",
        "password: ", "password: a1", "パスワード：", "gdr1.", "gdr1.a", "山田", "山田花子", "やまだ ", "token aB3xY9", "aB3xY9kL",
        "Taro Suzuki ", "taro ", "cvv ", "cvv 123 ", "99 ", "0", "+81 ", "api_key=", "AKIA", "a@", "\u200B", "ｶﾞ", "𝐓",
    })
    @DisplayName("R2.8 a megabyte of hostile repetition is scanned and masked in linear time, without hanging")
    void linear(String unit) {
        String text = unit.repeat(ONE_MB / unit.length() + 1);
        DisclosureScanner scanner = new DisclosureScanner(Directory.all());
        List<OutgoingPart> parts = List.of(new OutgoingPart(OutgoingPart.Where.BODY, text));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThatCode(() -> scanner.scan(parts, Directory.hanako())).doesNotThrowAnyException();
            assertThat(CardData.mask(text)).isNotNull();
        });
    }
}
