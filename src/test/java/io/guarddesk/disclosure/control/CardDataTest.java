package io.guarddesk.disclosure.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CardDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my card 4111111111111111 thanks             | my card [card ****1111] thanks
            my card 4111 1111 1111 1111 thanks          | my card [card ****1111] thanks
            my card 4111-1111-1111-1111.                | my card [card ****1111].
            my card 4111.1111.1111.1111                 | my card [card ****1111]
            ４１１１　１１１１　１１１１　１１１１です    | [card ****1111]です
            ４１１１－１１１１－１１１１－１１１１        | [card ****1111]
            ref 99 4111111111111111                     | ref 99 [card ****1111]
            Amex 3782 822463 10005                      | Amex [card ****0005]
            5555555555554444                            | [card ****4444]
            card 4111 1111 1111 1111 cvv 123            | card [card ****1111] cvv [cvv ***]
            card 4111 1111 1111 1111, 12/27, 987        | card [card ****1111], 12/27, [cvv ***]
            セキュリティコードは４５６です                 | セキュリティコードは[cvv ***]です
            裏の3桁: 321                                 | 裏の3桁: [cvv ***]
            CVC: 7788                                   | CVC: [cvv ***]
            """)
    @DisplayName("R4.1 card numbers and security codes are masked before storage, in any spelling")
    void masked(String text, String expected) {
        assertThat(CardData.mask(text.strip())).isEqualTo(expected.strip());
    }

    @Test
    @DisplayName("R4.1 a card number split across a line break is masked")
    void lineSplit() {
        assertThat(CardData.mask("card:\n4111 1111\n1111 1111\nexp 12/27")).isEqualTo("card:\n[card ****1111]\nexp 12/27");
        assertThat(CardData.mask("4111 1111 1111 \r\n1111")).isEqualTo("[card ****1111]");
    }

    @Test
    @DisplayName("R4.1 the trap: digits glued in front of a card do not hide it")
    void gluedDigitsTrap() {
        assertThat(CardData.mask("99 4111111111111111")).isEqualTo("99 [card ****1111]");
        assertThat(CardData.mask("1234567 4111111111111111")).contains("[card ****1111]").doesNotContain("41111111");
        assertThat(CardData.mask("000004111111111111111100000")).doesNotContain("4111111111111111");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "2024-11-21", "03-1234-5678", "+81 3 1234 5678", "¥12,800", "ORD-20241121-0042", "price $1,299.00",
        "The meeting is at 10:30, room 402.", "お問い合わせ番号: 1234-5678-9012", "Tracking 123456789012",
        "code 123 from the SMS", "", "no digits at all",
    })
    @DisplayName("R4.1 text without card data comes back unchanged")
    void unchanged(String text) {
        assertThat(CardData.mask(text)).isSameAs(text);
    }

    @Test
    @DisplayName("R4.1 null stays null")
    void nullText() {
        assertThat(CardData.mask(null)).isNull();
    }
}
