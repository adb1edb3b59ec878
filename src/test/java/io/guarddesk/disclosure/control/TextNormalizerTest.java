package io.guarddesk.disclosure.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ｃ１００２３４                 | c100234
            TARO.Suzuki                   | taro.suzuki
            t\u200Ba\u200Cr\u200Do\u2060\uFEFF\u00AD | taro
            tаrо (Cyrillic a, o)          | taro (cyrillic a, o)
            ТАRО                          | taro
            ΟΡΑ                           | opa
            ｻﾄｳ ｹﾝｲﾁ                       | サトウ ケンイチ
            ｶﾞｷﾞﾊﾟ                         | ガギパ
            やまだ はなこ                   | ヤマダ ハナコ
            山田　花子                     | 山田 花子
            Müller Ångström               | muller angstrom
            𝐓𝐚𝐫𝐨                          | taro
            """)
    @DisplayName("R2.4 identifiers are compared after folding width, case, kana, accents, look-alikes and zero-width characters")
    void folds(String text, String folded) {
        assertThat(TextNormalizer.fold(text)).isEqualTo(folded);
    }

    @Test
    @DisplayName("R2.5 every normalised character knows where it came from in the original text")
    void offsets() {
        String text = "a\u200Bｂ𝐜ｶﾞ";
        NormalizedText t = TextNormalizer.normalize(text);
        assertThat(new String(t.chars, 0, t.length)).isEqualTo("abcガ");
        assertThat(t.originalStart(1)).isEqualTo(2);
        assertThat(t.originalStart(2)).isEqualTo(3);
        assertThat(t.originalEnd(2)).isEqualTo(5);
        assertThat(t.originalStart(3)).isEqualTo(5);
        assertThat(t.originalEnd(3)).isEqualTo(7);
    }

    @Test
    @DisplayName("R2.8 keys are the same on every JVM: fixed arithmetic, no String.hashCode or seeds")
    void stableKeys() {
        assertThat(Hash64.of(Hash64.ALNUM, "c100234")).isEqualTo(Hash64.of(Hash64.ALNUM, "c100234"))
                .isNotEqualTo(Hash64.of(Hash64.LATIN_NAME, "c100234"));
        assertThat(Hash64.of(Hash64.ALNUM, "c100234") & 7).isZero();
        // pinned: a change of the hash must be deliberate, all instances of the desk must agree on it
        assertThat(Hash64.of(Hash64.ALNUM, "c100234")).isEqualTo(PINNED);
    }

    private static final long PINNED = -2521339450448147896L;
}
