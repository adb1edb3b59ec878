package io.guarddesk.routing.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pattern syntax admins write (R3.1): what each construct matches, and what is refused. */
class ClassifierPatternTest {

    @Test
    @DisplayName("R3.1 a Latin phrase matches whole words only; * opens the end of a word, also inside a phrase")
    void wholeWordsAndStar() {
        assertThat(Rules.signal("hacked").tags("my account was hacked.")).isTrue();
        assertThat(Rules.signal("hack").tags("we run a hackathon")).isFalse();
        assertThat(Rules.signal("hack*").tags("we run a hackathon")).isTrue();
        assertThat(Rules.signal("not me").tags("that was not meant for you")).isFalse();
        assertThat(Rules.signal("sign* up").tags("I never signed up")).isTrue();
        assertThat(Rules.signal("sign* up").tags("I never signed it up")).isFalse();
        assertThat(Rules.signal("unauthori* access").tags("UNAUTHORISED ACCESS!")).isTrue();
    }

    @Test
    @DisplayName("R3.1 Japanese phrases match anywhere, whatever the width, case and spacing of the text")
    void japanese() {
        assertThat(Rules.signal("不正アクセス").tags("ｱｶｳﾝﾄに不正 ｱｸｾｽがありました")).isTrue();
        assertThat(Rules.signal("パスワードが変更された").tags("「ＰＡＳＳＷＯＲＤ」ではなくﾊﾟｽﾜｰﾄﾞが変更 された")).isTrue();
    }

    @Test
    @DisplayName("R3.1 groups: (a|b) either, (a|) optional, nested groups, full-width parentheses typed by a Japanese keyboard")
    void groups() {
        var rules = Rules.signal("不正(アクセス|ログイン)").andSignal("偽(の|)サイト").andSignal("(someone|somebody) (else|other)(s|) (order|account)");
        assertThat(rules.tags("不正ログインの通知")).isTrue();
        assertThat(rules.tags("偽のサイトに誘導")).isTrue();
        assertThat(rules.tags("偽サイトに誘導")).isTrue();
        assertThat(rules.tags("somebody elses account")).isTrue();
        assertThat(rules.tags("不正解でした")).isFalse();
        assertThat(Rules.signal("不正（アクセス｜ログイン）").tags("不正アクセス")).isTrue();
    }

    @Test
    @DisplayName("R3.1 a gap ... spans at most 24 characters of the same sentence, and never joins subject and body")
    void gaps() {
        var rules = Rules.signal("身に覚えのない ... (注文|登録)");
        assertThat(rules.tags("身に覚えのないAmazonからの注文")).isTrue();
        assertThat(rules.tags("身に覚えのない" + "あ".repeat(24) + "注文")).isTrue();
        assertThat(rules.tags("身に覚えのない" + "あ".repeat(25) + "注文")).isFalse();
        assertThat(rules.tags("身に覚えのない話です。注文したいです")).isFalse();
        assertThat(rules.compile().classify("身に覚えのない", "注文").security()).isFalse();
        assertThat(Rules.signal("someone ... my account").tags("Someone has logged into my account")).isTrue();
        assertThat(Rules.signal("someone ... my account").tags("I sent it to someone. Then my account froze")).isFalse();
    }

    @Test
    @DisplayName("R3.1 a disabled rule does not fire")
    void disabled() {
        assertThat(new Rules().disabled("hacked").tags("hacked")).isFalse();
    }

    @Test
    @DisplayName("R3.1 the result names the patterns that fired, as written, and never the message text")
    void resultNamesPatterns() {
        var result = Rules.signal("hacked").andSignal("不正(アクセス|ログイン)").andSignal("phishing").compile()
                .classify("HACKED", "ｱｶｳﾝﾄに不正ｱｸｾｽ: my secret is 1234");
        assertThat(result.security()).isTrue();
        assertThat(result.matchedRules()).containsExactly("hacked", "不正(アクセス|ログイン)");
        assertThat(String.join(" ", result.matchedRules())).doesNotContain("1234").doesNotContain("ｱｸｾｽ");
        assertThat(RuleSet.compile(java.util.List.of()).classify("hacked", "hacked")).isEqualTo(Classification.NOT_SECURITY);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`   `                       | EMPTY",
            "hack.*                      | REGEX",
            "`[a-z]+ leak`               | REGEX",
            "`^hacked$`                  | REGEX",
            "`(leak`                     | UNBALANCED",
            "`leak)`                     | UNBALANCED",
            "`a|b`                       | BAR_OUTSIDE",
            "`()`                        | EMPTY_ALTERNATIVE",
            "`(|)`                       | EMPTY_ALTERNATIVE",
            "`((((ab))))`                | NESTED",
            "`... leak`                  | EMPTY_PART",
            "`leak ... ... data`         | EMPTY_PART",
            "`ab ... cd ... ef ... gh ... ij` | TOO_MANY_PARTS",
            "`*leak`                     | STAR_PLACE",
            "`leak *`                    | STAR_PLACE",
            "`a`                         | TOO_SHORT",
            "`x ... data`                | TOO_SHORT",
            "`(a|b|c|d|e|f|g|h|i|j)(a|b|c|d|e|f|g|h|i|j)(a|b|c)` | TOO_MANY_ALTERNATIVES"})
    @DisplayName("R3.1 a pattern that would not mean what it says is refused with the kind of problem to fix")
    void refused(String pattern, PatternProblem.Kind kind) {
        assertThatThrownBy(() -> PhrasePattern.parse(pattern))
                .isInstanceOfSatisfying(PatternProblem.class, p -> assertThat(p.kind()).isEqualTo(kind));
    }

    @Test
    @DisplayName("R3.1 a pattern longer than 500 characters is refused")
    void tooLong() {
        assertThatThrownBy(() -> PhrasePattern.parse("ab ".repeat(167)))
                .isInstanceOfSatisfying(PatternProblem.class, p -> assertThat(p.kind()).isEqualTo(PatternProblem.Kind.TOO_LONG));
        assertThat(PhrasePattern.parse("ab ".repeat(166)).parts()).hasSize(1);
    }

    @Test
    @DisplayName("R3.1 a stored rule that no longer parses is skipped and reported, the others still classify")
    void skippedNotFatal() {
        var rules = RuleSet.compile(Rules.signal("hacked").andSignal("(broken").definitions());
        assertThat(rules.skipped()).singleElement().satisfies(s -> assertThat(s.pattern()).isEqualTo("(broken"));
        assertThat(rules.classify("", "hacked").security()).isTrue();
    }
}
