package io.guarddesk.incidents.boundary.api;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.guarddesk.incidents.control.FactsCheck;
import io.guarddesk.incidents.control.IncidentForm;
import io.guarddesk.incidents.entity.IncidentReference;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.JsonBodies;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7.3 for incidents: the open and change bodies (an ISO-8601 time with offset among them) become
 * facts or field errors; an incident number is read however it is typed, or not at all.
 */
public final class IncidentInputFuzzTarget {

    private static final Instant NOW = Instant.parse("2026-04-23T01:15:00Z");
    private static final List<String> TIMES = List.of("2026-04-23T10:15:00+09:00", "2026-04-23T01:15:00Z",
            "+999999999-12-31T23:59:59.999999999-18:00", "-999999999-01-01T00:00:00+18:00", "2026-04-23T10:15:00", "");

    private IncidentInputFuzzTarget() {
    }

    public static void fuzz(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            facts(data);
        } else {
            incidentNumber(data);
        }
    }

    /** {@code POST /api/incidents}: the body, the time, then the facts check, as the resource and boundary do. */
    static void facts(FuzzedDataProvider data) {
        var request = data.consumeBoolean()
                ? JsonBodies.bind(JsonBodies.body(data, IncidentRequests.OpenRequest.class), IncidentRequests.OpenRequest.class)
                : java.util.Optional.of(new IncidentRequests.OpenRequest("GD-7K3M9-QXT4H-CA2BZ", data.consumeString(220),
                        List.of(data.consumeString(20)), data.consumeInt(), data.consumeBoolean() ? data.pickValue(TIMES)
                        : data.consumeString(40), null, null));
        if (request.isEmpty()) {
            return;
        }
        var locale = data.pickValue(List.of(Locale.JAPANESE, Locale.ENGLISH));
        try {
            var open = request.get();
            var form = new IncidentForm(open.title(), open.kinds(), open.people(), IncidentsResource.instant(open.discoveredAt(), locale),
                    open.unauthorisedAccess(), open.gdpr());
            var facts = FactsCheck.check(form, NOW, new FactsCheck.Defaults(false, true), locale);
            assertThat(facts.kinds()).isNotEmpty();
        } catch (InvalidInputException e) {
            assertThat(e.fieldErrors()).isNotEmpty();
        }
    }

    static void incidentNumber(FuzzedDataProvider data) {
        var year = data.consumeInt(2000, 2099);
        var number = data.consumeInt(1, 999_999);
        var canonical = IncidentReference.of(year, number);
        var typed = data.pickValue(List.of("INC-%d-%d", "inc %d %d", "ＩＮＣ－%d－%d", "INC%d%06d", " inc-%d-%04d "))
                .formatted(year, number);
        assertThat(IncidentReference.parse(typed)).as("«%s»", typed).contains(canonical);
        IncidentReference.parse(data.consumeRemainingAsString())
                .ifPresent(parsed -> assertThat(IncidentReference.parse(parsed.value())).contains(parsed));
    }
}
