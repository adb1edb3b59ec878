package io.guarddesk.platform;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CleanTextValidatorTest {

    /** The validator as Bean Validation sets it up from the annotation on a field. */
    private static CleanTextValidator validatorFor(String field) throws NoSuchFieldException {
        var validator = new CleanTextValidator();
        validator.initialize(Form.class.getDeclaredField(field).getAnnotation(CleanText.class));
        return validator;
    }

    @SuppressWarnings("unused")
    private static final class Form {
        @CleanText
        String subject;

        @CleanText(multiline = true)
        String body;
    }

    @ParameterizedTest(name = "R7.3 rejects {0}")
    @ValueSource(strings = {
            "U+FFFD (what undecodable bytes become): caf\uFFFD",
            "NUL: a\u0000b",
            "SOH: a\u0001b",
            "BEL: a\u0007b",
            "backspace: a\u0008b",
            "vertical tab: a\u000Bb",
            "form feed: a\u000Cb",
            "escape (terminal sequences): a\u001B[31mb",
            "unit separator: a\u001Fb",
            "DEL: a\u007Fb",
            "C1 NEL: a\u0085b",
    })
    void rejectsControlCharactersInBothModes(String text) {
        assertThat(CleanTextValidator.isClean(text, false)).isFalse();
        assertThat(CleanTextValidator.isClean(text, true)).isFalse();
    }

    @ParameterizedTest(name = "R7.3 rejects an unpaired surrogate: {0}")
    @ValueSource(strings = {
            "high alone at the end: a\uD83D",
            "high alone before a letter: \uD83Da",
            "low alone: \uDE00a",
            "low alone at the end: a\uDE00",
            "low before high (reversed pair): \uDE00\uD83D",
            "two highs then a low: \uD83D\uD83D\uDE00",
    })
    void rejectsUnpairedSurrogates(String text) {
        assertThat(CleanTextValidator.isClean(text, false)).isFalse();
        assertThat(CleanTextValidator.isClean(text, true)).isFalse();
    }

    @Test
    @DisplayName("R7.3 a single-line field rejects line breaks and tabs")
    void singleLineRejectsBreaks() {
        assertThat(CleanTextValidator.isClean("line one\nline two", false)).isFalse();
        assertThat(CleanTextValidator.isClean("line one\r\nline two", false)).isFalse();
        assertThat(CleanTextValidator.isClean("line one\rline two", false)).isFalse();
        assertThat(CleanTextValidator.isClean("a\tb", false)).isFalse();
    }

    @Test
    @DisplayName("R7.3 a multiline field accepts line breaks and tabs")
    void multilineAcceptsBreaksAndTabs() {
        assertThat(CleanTextValidator.isClean("Hello,\n\n\tthe app says:\r\n  error 42\r", true)).isTrue();
    }

    @Test
    @DisplayName("R7.3 Japanese text is clean")
    void acceptsJapanese() {
        assertThat(CleanTextValidator.isClean("ログインできません。パスワード再設定のメールが届きません。", false)).isTrue();
        assertThat(CleanTextValidator.isClean("全角ＡＢＣ　半角ｶﾅ", false)).isTrue();
    }

    @Test
    @DisplayName("R7.3 emoji (valid surrogate pairs, ZWJ sequences, skin tones) are clean")
    void acceptsEmoji() {
        assertThat(CleanTextValidator.isClean("Thanks \uD83D\uDE00", false)).isTrue();
        assertThat(CleanTextValidator.isClean("\uD83D\uDC4D\uD83C\uDFFD \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", false)).isTrue();
        assertThat(CleanTextValidator.isClean("\uD83D\uDE00", false)).isTrue();
    }

    @Test
    @DisplayName("R7.3 HTML and script text is clean: it is stored literally and escaped by the view")
    void acceptsHtmlLiterally() {
        assertThat(CleanTextValidator.isClean("<script>alert('x')</script>", false)).isTrue();
        assertThat(CleanTextValidator.isClean("<img src=x onerror=\"alert(1)\"> &amp; `${7*7}` {{7*7}}", true)).isTrue();
    }

    @Test
    @DisplayName("R7.3 the annotation's multiline flag reaches the validator")
    void annotationConfiguresValidator() throws NoSuchFieldException {
        var subject = validatorFor("subject");
        var body = validatorFor("body");

        assertThat(subject.isValid("a\nb", null)).isFalse();
        assertThat(body.isValid("a\nb", null)).isTrue();
        assertThat(body.isValid("a\u0000b", null)).isFalse();
    }

    @Test
    @DisplayName("R7.3 null is left to @NotNull, empty text is clean")
    void nullAndEmptyAreValid() throws NoSuchFieldException {
        assertThat(validatorFor("subject").isValid(null, null)).isTrue();
        assertThat(validatorFor("subject").isValid("", null)).isTrue();
    }
}
