package io.guarddesk.tickets.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReferenceTest {

    /** Crockford base32, written out here so a change to the production alphabet is noticed. */
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("GD-[" + CROCKFORD + "]{5}-[" + CROCKFORD + "]{5}-[" + CROCKFORD + "]{5}");
    private static final String CANONICAL = "GD-7K3M9-QXT4H-CA2BZ";

    @Test
    @DisplayName("R1.8 a random reference reads GD-XXXXX-XXXXX-XXXXX in Crockford base32")
    void randomReferenceHasTheCanonicalFormat() {
        var reference = Reference.random();

        assertThat(reference.value()).matches(FORMAT);
        assertThat(reference.toString()).isEqualTo(reference.value());
    }

    @Test
    @DisplayName("R1.8 reference numbers carry at least 64 random bits: all 32 symbols occur at each of the 15 positions")
    void everyPositionTakesEverySymbol() {
        var seen = new ArrayList<Set<Character>>();
        for (int i = 0; i < 15; i++) {
            seen.add(new HashSet<>());
        }
        for (int n = 0; n < 10_000; n++) {
            var body = Reference.random().value().substring(3).replace("-", "");
            for (int i = 0; i < body.length(); i++) {
                seen.get(i).add(body.charAt(i));
            }
        }

        // 15 independent positions × log2(32) = 5 bits each = 75 bits >= 64
        int bits = 0;
        for (var symbols : seen) {
            assertThat(symbols).hasSize(CROCKFORD.length());
            bits += Integer.numberOfTrailingZeros(symbols.size());
        }
        assertThat(bits).isGreaterThanOrEqualTo(64);
    }

    @Test
    @DisplayName("R1.8 10,000 random references are all distinct and all canonical")
    void randomReferencesAreDistinctAndCanonical() {
        var values = new HashSet<String>();
        for (int n = 0; n < 10_000; n++) {
            var value = Reference.random().value();
            assertThat(value).matches(FORMAT);
            values.add(value);
        }

        assertThat(values).hasSize(10_000);
    }

    @Test
    @DisplayName("R1.8 a canonical reference parses to itself")
    void canonicalRoundTrips() {
        var reference = Reference.random();

        assertThat(Reference.parse(reference.value())).contains(reference);
    }

    @ParameterizedTest(name = "R1.8 parse forgives \"{0}\"")
    @ValueSource(strings = {
            "gd-7k3m9-qxt4h-ca2bz",            // lower case
            "GD 7K3M9 QXT4H CA2BZ",            // spaces instead of dashes
            "  GD-7K3M9-QXT4H-CA2BZ  ",        // outer spaces
            "GD7K3M9QXT4HCA2BZ",               // no dashes
            "7K3M9-QXT4H-CA2BZ",               // no prefix
            "7k3m9qxt4hca2bz",                 // no prefix, no dashes, lower case
            "GD\u20137K3M9\u2013QXT4H\u2013CA2BZ", // en dashes from a word processor
    })
    void parseForgivesFormatting(String typed) {
        assertThat(Reference.parse(typed)).contains(new Reference(CANONICAL));
    }

    @Test
    @DisplayName("R1.8 parse reads O as 0 and I/L as 1, in either case")
    void parseForgivesMisreadings() {
        assertThat(Reference.parse("GD-O1234-56789-ABCDE")).contains(new Reference("GD-01234-56789-ABCDE"));
        assertThat(Reference.parse("gd-o0i1l-ILOoi-lLiIo")).contains(new Reference("GD-00111-11001-11110"));
    }

    @Test
    @DisplayName("R1.8 parse forgives full-width characters, an ideographic space and the katakana long-vowel dash")
    void parseForgivesFullWidth() {
        assertThat(Reference.parse("ｇｄ－７ｋ３ｍ９－ｑｘｔ４ｈ－ｃａ２ｂｚ")).contains(new Reference(CANONICAL));
        assertThat(Reference.parse("ＧＤ　７Ｋ３Ｍ９ーＱＸＴ４ＨーＣＡ２ＢＺ")).contains(new Reference(CANONICAL));
    }

    @Test
    @DisplayName("R1.8 a body that itself starts with GD is not mistaken for the prefix when typed without it")
    void bodyStartingWithGd() {
        var expected = new Reference("GD-GD7K3-M9QXT-4HCA2");

        assertThat(Reference.parse("GD7K3-M9QXT-4HCA2")).contains(expected);
        assertThat(Reference.parse("gd7k3m9qxt4hca2")).contains(expected);
        assertThat(Reference.parse("GD-GD7K3-M9QXT-4HCA2")).contains(expected);
        assertThat(Reference.parse("GDGD7K3M9QXT4HCA2")).contains(expected);
    }

    @ParameterizedTest(name = "R1.8 parse rejects \"{0}\"")
    @ValueSource(strings = {
            "",
            "GD",
            "GD-7K3M9-QXT4H-CA2B",     // 14 symbols
            "GD-7K3M9-QXT4H-CA2BZ0",   // 16 symbols
            "7K3M9-QXT4H-CA2B",        // 14 symbols, no prefix
            "GD-7K3M9-QXT4H-CA2BU",    // U is not in Crockford base32
            "GD-UUUUU-UUUUU-UUUUU",
            "GD-7K3M9-QXT4H-CA2B*",
            "GD-7K3M9-QXT4H-CA2B_",
            "XY-7K3M9-QXT4H-CA2BZ",    // another prefix
            "GD-7K3M9-QXT4H-CA2BZ' OR '1'='1",
    })
    void parseRejects(String typed) {
        assertThat(Reference.parse(typed)).isEmpty();
    }

    @Test
    @DisplayName("R7.3 parse rejects null")
    void parseRejectsNull() {
        assertThat(Reference.parse(null)).isEmpty();
    }

    @Test
    @DisplayName("R7.3 parse rejects input over 40 characters even if it would otherwise be valid")
    void parseRejectsOverlongInput() {
        var padded = CANONICAL + " ".repeat(41 - CANONICAL.length());
        assertThat(padded).hasSize(41);
        assertThat(Reference.parse(padded)).isEmpty();

        var fits = CANONICAL + " ".repeat(40 - CANONICAL.length());
        assertThat(Reference.parse(fits)).contains(new Reference(CANONICAL));
    }

    @ParameterizedTest(name = "R1.8 the constructor rejects non-canonical \"{0}\"")
    @ValueSource(strings = {
            "gd-7k3m9-qxt4h-ca2bz",
            "GD7K3M9QXT4HCA2BZ",
            "7K3M9-QXT4H-CA2BZ",
            "GD-7K3M9-QXT4H-CA2BO",   // O must be written 0
            "GD-7K3M9-QXT4H-CA2BI",   // I must be written 1
            "GD-7K3M9-QXT4H-CA2BU",
            " GD-7K3M9-QXT4H-CA2BZ",
            "GD-7K3M9-QXT4H-CA2B",
            "",
    })
    void constructorRejectsNonCanonical(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Reference(value));
    }

    @Test
    @DisplayName("R1.8 the constructor rejects null")
    void constructorRejectsNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Reference(null));
    }
}
