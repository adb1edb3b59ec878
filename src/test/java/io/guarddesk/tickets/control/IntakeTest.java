package io.guarddesk.tickets.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeTest {

    @Test
    @DisplayName("R7.3 a line is NFC-normalised, so a decomposed é equals a composed one")
    void lineIsNfc() {
        assertThat(Intake.line("Cafe\u0301")).isEqualTo("Caf\u00E9");
        assertThat(Intake.line("\u30AB\u3099")).isEqualTo("\u30AC"); // カ + combining dakuten = ガ
    }

    @Test
    @DisplayName("R7.3 a line loses outer white space, including the ideographic space, but keeps inner space")
    void lineIsStripped() {
        assertThat(Intake.line(" \t Cannot  sign in\u3000 ")).isEqualTo("Cannot  sign in");
    }

    @Test
    @DisplayName("R7.3 a line keeps its case and full-width characters (NFC, not NFKC)")
    void lineIsNotFolded() {
        assertThat(Intake.line("ＡＢＣ Hello")).isEqualTo("ＡＢＣ Hello");
    }

    @Test
    @DisplayName("R7.3 a body has one kind of line break: CRLF and CR become LF, without doubling")
    void bodyUnifiesLineBreaks() {
        assertThat(Intake.body("one\r\ntwo\rthree\nfour")).isEqualTo("one\ntwo\nthree\nfour");
        assertThat(Intake.body("para one\r\n\r\npara two")).isEqualTo("para one\n\npara two");
        assertThat(Intake.body("a\r\rb")).isEqualTo("a\n\nb");
    }

    @Test
    @DisplayName("R7.3 a body is NFC-normalised and stripped at its ends only")
    void bodyIsNfcAndStripped() {
        assertThat(Intake.body("\r\n  Re\u0301sume\u0301:\n  indented line\r\n\r\n"))
                .isEqualTo("R\u00E9sum\u00E9:\n  indented line");
    }

    @Test
    @DisplayName("R7.3 an e-mail address is lower-cased, stripped and NFC-normalised")
    void emailIsCanonical() {
        assertThat(Intake.email("  Hanako.Yamada@Example.COM \t")).isEqualTo("hanako.yamada@example.com");
        assertThat(Intake.email("Jose\u0301@Example.com")).isEqualTo("jos\u00E9@example.com");
    }

    @Test
    @DisplayName("R7.3 absent text stays absent")
    void nullStaysNull() {
        assertThat(Intake.line(null)).isNull();
        assertThat(Intake.body(null)).isNull();
        assertThat(Intake.email(null)).isNull();
    }
}
