package io.guarddesk.incidents.control;

import io.guarddesk.incidents.entity.Deadline;
import io.guarddesk.incidents.entity.IncidentStatus;
import io.guarddesk.incidents.entity.LeakedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentTextsTest {

    @ParameterizedTest(name = "R3.4 every incident text exists in {0}")
    @ValueSource(strings = {"ja", "en"})
    @DisplayName("R3.4 every state, reason, ground, kind, deadline and status the pages name has a text in Japanese and English")
    void everyEnumValueHasText(String language) {
        var bundle = ResourceBundle.getBundle("io.guarddesk.messages", Locale.forLanguageTag(language));
        var keys = Stream.of(
                Stream.of(ClockState.values()).map(v -> "incidents.state." + v),
                Stream.of(NotRequiredReason.values()).map(v -> "incidents.reason." + v),
                Stream.of(ReportableGround.values()).map(v -> "incidents.ground." + v),
                Stream.of(LeakedData.values()).map(v -> "incidents.kind." + v),
                Stream.of(Deadline.values()).map(v -> "incidents.deadline." + v),
                Stream.of(Deadline.values()).map(v -> "incidents.report." + v),
                Stream.of(IncidentStatus.values()).map(v -> "incidents.status." + v)).flatMap(s -> s).toList();

        assertThat(keys).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
        var japanese = ResourceBundle.getBundle("io.guarddesk.messages", Locale.JAPANESE);
        var english = ResourceBundle.getBundle("io.guarddesk.messages", Locale.ENGLISH);
        assertThat(japanese.getString("incidents.state.OVERDUE")).isNotEqualTo(english.getString("incidents.state.OVERDUE"));
    }
}
