package io.guarddesk.incidents.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentReferenceTest {

    @Test
    @DisplayName("R3.4 an incident number reads INC-<year>-<4 digits or more>")
    void format() {
        assertThat(IncidentReference.of(2026, 42).value()).isEqualTo("INC-2026-0042");
        assertThat(IncidentReference.of(2026, 12345).value()).isEqualTo("INC-2026-12345");
        assertThatThrownBy(() -> new IncidentReference("INC-26-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "R3.4 \"{0}\" is read as INC-2026-0042")
    @ValueSource(strings = {"INC-2026-0042", "inc-2026-0042", " INC 2026 0042 ", "INC20260042", "INC-2026-42", "ＩＮＣ－２０２６－００４２",
            "INC\u20122026\u20120042"})
    @DisplayName("R3.4 incident numbers as people type them")
    void typed(String typed) {
        assertThat(IncidentReference.parse(typed)).contains(new IncidentReference("INC-2026-0042"));
    }

    @ParameterizedTest(name = "R3.4 \"{0}\" is no incident number")
    @ValueSource(strings = {"", "GD-7K3M9-QXT4H-CA2BZ", "INC-2026", "INC-2026-0042-1", "INC-2026-1234567", "INC-2026-00x2", "1; DROP TABLE"})
    @DisplayName("R3.4 anything else is no incident number")
    void notAReference(String typed) {
        assertThat(IncidentReference.parse(typed)).isEmpty();
        assertThat(IncidentReference.parse(null)).isEmpty();
        assertThat(IncidentReference.parse("INC-2026-0042" + " ".repeat(40))).isEmpty();
    }
}
