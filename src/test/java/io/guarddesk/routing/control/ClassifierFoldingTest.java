package io.guarddesk.routing.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifierFoldingTest {

    @Test
    @DisplayName("R3.1 folding: full-width Latin becomes ASCII, upper case lower, half-width katakana full width")
    void widthAndCase() {
        assertThat(TextFolding.fold("ＰＡＳＳＷＯＲＤが変更")).isEqualTo("passwordが変更");
        assertThat(TextFolding.fold("My Account Was HACKED")).isEqualTo("my account was hacked");
        assertThat(TextFolding.fold("ﾊﾟｽﾜｰﾄﾞ")).isEqualTo("パスワード");
        assertThat(TextFolding.fold("ｱｶｳﾝﾄに不正ｱｸｾｽ")).isEqualTo("アカウントに不正アクセス");
    }

    @Test
    @DisplayName("R3.1 folding: spaces next to Japanese vanish (ideographic space and line breaks too), Latin words keep one")
    void spaces() {
        assertThat(TextFolding.fold("個人 情報　流出")).isEqualTo("個人情報流出");
        assertThat(TextFolding.fold("乗っ取\nられ た")).isEqualTo("乗っ取られた");
        assertThat(TextFolding.fold("someone   logged \n\t into")).isEqualTo("someone logged into");
        assertThat(TextFolding.fold("ID が hacked")).isEqualTo("idがhacked");
    }

    @Test
    @DisplayName("R3.1 folding: apostrophes, zero-width characters and soft hyphens are dropped; hyphens join or separate words")
    void punctuation() {
        assertThat(TextFolding.fold("I didn’t sign-up")).isEqualTo("i didnt signup");
        assertThat(TextFolding.fold("some\u200Bone else's")).isEqualTo("someone elses");
        assertThat(TextFolding.fold("e-mail - address")).isEqualTo("email address");
        assertThat(TextFolding.fold("パスワ-ド")).isEqualTo("パスワード");
        assertThat(TextFolding.fold("")).isEmpty();
        assertThat(TextFolding.fold(null)).isEmpty();
    }

    @Test
    @DisplayName("R3.1 folding is idempotent, so a pattern folded twice still matches the text folded once")
    void idempotent() {
        for (String text : new String[]{"ＰＡＳＳＷＯＲＤ が 変更 されました", "Someone-else's Ｏｒｄｅｒ", "ﾌｨｯｼﾝｸﾞ…詐欺"}) {
            assertThat(TextFolding.fold(TextFolding.fold(text))).isEqualTo(TextFolding.fold(text));
        }
    }
}
