package io.guarddesk.incidents.boundary.api;

import io.guarddesk.platform.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentsResourceTest {

    @Test
    @DisplayName("R3.4 the time of discovery is read with its offset: JST and UTC spellings of one instant agree")
    void offsets() {
        assertThat(IncidentsResource.instant("2026-04-23T10:15:00+09:00", Locale.ENGLISH)).isEqualTo(Instant.parse("2026-04-23T01:15:00Z"));
        assertThat(IncidentsResource.instant(" 2026-04-23T01:15:00Z ", Locale.ENGLISH)).isEqualTo(Instant.parse("2026-04-23T01:15:00Z"));
        assertThat(IncidentsResource.instant(null, Locale.ENGLISH)).as("missing: the facts check names it").isNull();
    }

    @Test
    @DisplayName("R3.4 R7.3 a time without an offset is refused rather than guessed, naming the field and the format")
    void noOffset() {
        assertThatThrownBy(() -> IncidentsResource.instant("2026-04-23T10:15:00", Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).singleElement().satisfies(f -> {
                    assertThat(f.field()).isEqualTo("discoveredAt");
                    assertThat(f.message()).contains("+09:00");
                }));
        assertThatThrownBy(() -> IncidentsResource.instant("yesterday", Locale.JAPANESE)).isInstanceOf(InvalidInputException.class);
    }
}
