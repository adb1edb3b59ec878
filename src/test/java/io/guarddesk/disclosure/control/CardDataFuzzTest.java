package io.guarddesk.disclosure.control;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.text.Normalizer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R4.1 under fuzzing: whatever comes in, {@link CardData#mask} returns, leaves no Luhn-valid run of
 * 13–19 digits, is idempotent and does not blow the text up; and a card planted in fuzzed,
 * digit-free text leaves nothing of itself but its last four digits (its security code nothing).
 * Without {@code JAZZER_FUZZ} this runs the seeds only (regression mode); see the pom for the
 * bounded fuzzing run of the normal build.
 */
class CardDataFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void maskLeavesNoCard(FuzzedDataProvider data) {
        boolean plant = data.consumeBoolean();
        int style = data.consumeInt(0, 5);
        boolean cvv = data.consumeBoolean();
        long seed = data.consumeLong();
        String prefix = data.consumeString(200);
        String suffix = data.consumeRemainingAsString();

        String raw = prefix + suffix;
        String masked = CardData.mask(raw);
        assertThat(CardData.mask(masked)).as("idempotent").isEqualTo(masked);
        assertThat(masked.length()).as("bounded").isLessThanOrEqualTo(3 * raw.length() + 16);
        assertThat(LuhnRuns.firstValidRun(masked)).as("Luhn-valid digit run left in %s", masked).isNull();

        if (plant) {
            Random rnd = new Random(seed);
            String card = luhn(rnd, new String[] {"4", "51", "34", "35", "36", "62"}[rnd.nextInt(6)], 13 + rnd.nextInt(7));
            String code = String.valueOf(100 + rnd.nextInt(900));
            String text = digitFree(prefix) + " " + formatted(card, style) + (cvv ? " CVV " + code : "") + " " + digitFree(suffix);
            String out = CardData.mask(text);
            assertThat(digitsOf(out)).as("%s masked as %s", text, out).isEqualTo(card.substring(card.length() - 4));
            assertThat(CardData.mask(out)).as("idempotent").isEqualTo(out);
        }
    }

    private static String formatted(String card, int style) {
        return switch (style) {
            case 0 -> card;
            case 1 -> grouped(card, " ");
            case 2 -> grouped(card, "-");
            case 3 -> toFullWidth(grouped(card, " "));
            case 4 -> grouped(card, " ").replaceFirst(" ", "\n");
            default -> grouped(card, ".");
        };
    }

    private static String grouped(String digits, String sep) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 4) {
            b.append(i == 0 ? "" : sep).append(digits, i, Math.min(i + 4, digits.length()));
        }
        return b.toString();
    }

    private static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return b.toString();
    }

    /** Removes every code point that is or normalises to a digit (①, full-width, mathematical digits …). */
    static String digitFree(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String one = new String(Character.toChars(cp));
            if (Normalizer.normalize(one, Normalizer.Form.NFKC).codePoints().noneMatch(Character::isDigit)
                    && !Character.isDigit(cp)) {
                b.append(one);
            }
        });
        return b.toString();
    }

    private static String digitsOf(String s) {
        StringBuilder b = new StringBuilder();
        Normalizer.normalize(s, Normalizer.Form.NFKC).codePoints().filter(Character::isDigit)
                .forEach(cp -> b.append(Character.getNumericValue(cp)));
        return b.toString();
    }

    private static String luhn(Random rnd, String prefix, int length) {
        StringBuilder b = new StringBuilder(prefix);
        while (b.length() < length - 1) {
            b.append((char) ('0' + rnd.nextInt(10)));
        }
        for (char d = '0'; d <= '9'; d++) {
            if (LuhnRuns.valid(b.toString() + d)) {
                return b.toString() + d;
            }
        }
        throw new IllegalStateException();
    }
}
