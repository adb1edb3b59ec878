package io.guarddesk.notices.control;

import io.guarddesk.notices.control.RecipientList.Account;
import io.guarddesk.notices.entity.RecipientData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RecipientListTest {

    private static final List<Account> ACCOUNTS = List.of(
            new Account("C-300", "Hanako.Yamada@Example.jp", "山田 花子", null),
            new Account("C-100", "taro@example.jp", "Taro Sato", null),
            new Account("C-200", "Ｈａｎａｋｏ．Ｙａｍａｄａ@example.jp ", "山田 花子", null),
            new Account("C-050", " hanako.yamada @example.jp", "山田 花子", null),
            new Account("C-400", "aiko@example.jp", "Aiko Mori", null));

    @Test
    @DisplayName("R5.1 one recipient per owner address however it is written, with all of their accounts sorted")
    void onePerOwner() {
        var recipients = RecipientList.of(ACCOUNTS).recipients();

        assertThat(recipients).extracting(RecipientData::email)
                .containsExactly("aiko@example.jp", "hanako.yamada@example.jp", "taro@example.jp");
        assertThat(recipients.get(1)).isEqualTo(new RecipientData("hanako.yamada@example.jp", "山田 花子", "C-050,C-200,C-300", "ja"));
        assertThat(recipients.get(2).accounts()).as("nobody else's accounts").isEqualTo("C-100");
    }

    @Test
    @DisplayName("R5.2 the same accounts in any order give the same list and the same hash")
    void orderIndependent() {
        var reversed = new ArrayList<>(ACCOUNTS);
        Collections.reverse(reversed);
        var rotated = new ArrayList<>(ACCOUNTS);
        Collections.rotate(rotated, 2);

        var one = RecipientList.of(ACCOUNTS);

        assertThat(RecipientList.of(reversed)).isEqualTo(one);
        assertThat(RecipientList.of(rotated)).isEqualTo(one);
        assertThat(one.hash()).matches("[0-9a-f]{64}");
    }

    @Test
    @DisplayName("R5.2 a different set of accounts gives a different hash, even for the same recipients")
    void differentAccountsDifferentHash() {
        var fewer = new ArrayList<>(ACCOUNTS);
        fewer.remove(0);

        var one = RecipientList.of(ACCOUNTS);
        var two = RecipientList.of(fewer);

        assertThat(two.recipients()).extracting(RecipientData::email).isEqualTo(one.recipients().stream().map(RecipientData::email).toList());
        assertThat(two.hash()).isNotEqualTo(one.hash());
    }

    @Test
    @DisplayName("R5.1 language: Japanese-script names get ja, Latin names en, and a language given explicitly wins")
    void language() {
        var recipients = RecipientList.of(List.of(
                new Account("C-1", "kana@example.jp", "ヤマダ ハナコ", null),
                new Account("C-2", "hira@example.jp", "やまだ はなこ", null),
                new Account("C-3", "latin@example.jp", "Hanako Yamada", null),
                new Account("C-4", "given@example.jp", "山田 花子", "en"),
                new Account("C-5", "given2@example.jp", "John Smith", "ja"),
                new Account("C-6", "mixed@example.jp", "Ken Ito", null),
                new Account("C-7", "mixed@example.jp", "Ken Ito", "ja"))).recipients();

        assertThat(recipients).extracting(RecipientData::email, RecipientData::language).containsExactly(
                tuple("given2@example.jp", "ja"),
                tuple("given@example.jp", "en"),
                tuple("hira@example.jp", "ja"),
                tuple("kana@example.jp", "ja"),
                tuple("latin@example.jp", "en"),
                tuple("mixed@example.jp", "ja"));
    }

    @Test
    @DisplayName("R5.1 an owner with many accounts still gets one message, their list kept within the column's 1000 characters")
    void manyAccountsBounded() {
        var many = new ArrayList<Account>();
        for (int i = 0; i < 500; i++) {
            many.add(new Account("C-%05d".formatted(i), "big@example.jp", "Big Corp", null));
        }

        var recipients = RecipientList.of(many).recipients();

        assertThat(recipients).hasSize(1);
        assertThat(recipients.get(0).accounts()).hasSizeLessThanOrEqualTo(1000).startsWith("C-00000,C-00001,").doesNotEndWith(",");
    }
}
