package io.guarddesk.incidents.control;

import io.guarddesk.incidents.entity.LeakedData;
import io.guarddesk.platform.DeskException.FieldError;
import io.guarddesk.platform.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentFactsCheckTest {

    private static final Instant NOW = Instant.parse("2026-04-23T03:00:00Z");
    private static final FactsCheck.Defaults NEW_INCIDENT = new FactsCheck.Defaults(false, false);

    @Test
    @DisplayName("R3.4 valid facts pass: the title trimmed, kinds in any case, absent yes/no facts take the defaults")
    void valid() {
        var facts = FactsCheck.check(new IncidentForm("  Card data in a reply ", List.of("card_data", "NAME"), 1, NOW.minusSeconds(60),
                null, null), NOW, new FactsCheck.Defaults(true, true), Locale.ENGLISH);

        assertThat(facts.title()).isEqualTo("Card data in a reply");
        assertThat(facts.kinds()).containsExactly(LeakedData.NAME, LeakedData.CARD_DATA);
        assertThat(facts.people()).isEqualTo(1);
        assertThat(facts.unauthorisedAccess()).isTrue();
        assertThat(facts.gdpr()).isTrue();
        assertThat(FactsCheck.check(new IncidentForm("t", List.of("EMAIL"), 2, NOW, false, false), NOW,
                new FactsCheck.Defaults(true, true), Locale.ENGLISH).gdpr()).as("given values win over defaults").isFalse();
    }

    @Test
    @DisplayName("R3.4 R7.3 everything missing is refused field by field, in the caller's language")
    void everythingMissing() {
        var empty = new IncidentForm(null, null, null, null, null, null);

        assertThat(errors(empty, Locale.ENGLISH)).extracting(FieldError::field).containsExactly("title", "kinds", "people", "discoveredAt");
        assertThat(errors(empty, Locale.JAPANESE)).extracting(FieldError::message)
                .allSatisfy(m -> assertThat(m).matches(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*"));
    }

    @Test
    @DisplayName("R3.4 people must be from 1 to 200,000,000")
    void peopleBounds() {
        assertThat(errors(form(0, NOW), Locale.ENGLISH)).extracting(FieldError::field).containsExactly("people");
        assertThat(errors(form(-5, NOW), Locale.ENGLISH)).extracting(FieldError::field).containsExactly("people");
        assertThat(errors(form(200_000_001, NOW), Locale.ENGLISH)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("200000000"));
        assertThat(FactsCheck.check(form(200_000_000, NOW), NOW, NEW_INCIDENT, Locale.ENGLISH).people()).isEqualTo(200_000_000);
    }

    @Test
    @DisplayName("R3.4 the time of discovery may not be in the future (beyond two minutes of clock skew) nor before 2000")
    void discoveredAtBounds() {
        assertThat(FactsCheck.check(form(1, NOW.plus(Duration.ofMinutes(2))), NOW, NEW_INCIDENT, Locale.ENGLISH).discoveredAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(errors(form(1, NOW.plus(Duration.ofMinutes(2)).plusMillis(1)), Locale.ENGLISH)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("future"));
        assertThat(errors(form(1, Instant.parse("1999-12-31T23:59:59Z")), Locale.ENGLISH)).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("discoveredAt"));
    }

    @Test
    @DisplayName("R3.4 an unknown kind is refused with the list of kinds; an empty list is refused")
    void kinds() {
        var unknown = new IncidentForm("t", List.of("EMAIL", "PASSPORT"), 1, NOW, false, false);
        assertThat(errors(unknown, Locale.ENGLISH)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("kinds");
            assertThat(e.message()).contains(Arrays.stream(LeakedData.values()).map(Enum::name).toList());
        });
        assertThat(errors(new IncidentForm("t", List.of(), 1, NOW, false, false), Locale.ENGLISH))
                .extracting(FieldError::field).containsExactly("kinds");
        assertThat(errors(new IncidentForm("t", java.util.Arrays.asList("EMAIL", null), 1, NOW, false, false), Locale.ENGLISH))
                .extracting(FieldError::field).containsExactly("kinds");
    }

    @Test
    @DisplayName("R3.4 R7.3 a title that is blank, too long or holds control characters is refused")
    void title() {
        assertThat(errors(new IncidentForm("   ", List.of("EMAIL"), 1, NOW, false, false), Locale.ENGLISH))
                .extracting(FieldError::field).containsExactly("title");
        assertThat(errors(new IncidentForm("x".repeat(201), List.of("EMAIL"), 1, NOW, false, false), Locale.ENGLISH))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("200"));
        assertThat(errors(new IncidentForm("bell\u0007", List.of("EMAIL"), 1, NOW, false, false), Locale.ENGLISH))
                .extracting(FieldError::field).containsExactly("title");
        assertThat(FactsCheck.check(new IncidentForm("x".repeat(200), List.of("EMAIL"), 1, NOW, false, false), NOW, NEW_INCIDENT,
                Locale.ENGLISH).title()).hasSize(200);
    }

    private static IncidentForm form(int people, Instant discovered) {
        return new IncidentForm("leak", List.of("EMAIL"), people, discovered, false, false);
    }

    private static List<FieldError> errors(IncidentForm form, Locale locale) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> FactsCheck.check(form, NOW, NEW_INCIDENT, locale), InvalidInputException.class);
        assertThat(thrown).as("refused").isNotNull();
        return thrown.fieldErrors();
    }
}
