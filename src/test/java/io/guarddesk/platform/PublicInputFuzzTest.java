package io.guarddesk.platform;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.guarddesk.accounts.control.AccountInputFuzzTarget;
import io.guarddesk.incidents.boundary.api.IncidentInputFuzzTarget;
import io.guarddesk.notices.control.NoticeInputFuzzTarget;
import io.guarddesk.routing.boundary.RuleInputFuzzTarget;
import io.guarddesk.tickets.boundary.api.TicketInputFuzzTarget;
import org.junit.jupiter.api.DisplayName;

/**
 * R7.3 under fuzzing: whatever a public or API request carries, the code it passes before anything
 * is stored either accepts it or refuses it with an exception the server maps to a 4xx (a
 * {@link DeskException}, or a JSON-B failure, which Jersey turns into the 400 of
 * {@code UnreadableBodyMapper}); never an exception that becomes a 500, and never a stored text
 * with a card number in it (R4.1). One fuzz test picks the feature, so all parsers share one
 * bounded run; each feature's target lives in that feature's test package. Without
 * {@code JAZZER_FUZZ} this runs the seeds only (regression mode); see the pom for the bounded
 * fuzzing run of the normal build.
 */
class PublicInputFuzzTest {

    @FuzzTest(maxDuration = "15s")
    @DisplayName("R7.3 any public or API input is accepted or answered with a 4xx, never a 500")
    void inputIsAcceptedOrRefusedWithA4xx(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 5)) {
            case 0 -> TicketInputFuzzTarget.fuzz(data);
            case 1 -> AccountInputFuzzTarget.fuzz(data);
            case 2 -> NoticeInputFuzzTarget.fuzz(data);
            case 3 -> IncidentInputFuzzTarget.fuzz(data);
            case 4 -> RuleInputFuzzTarget.fuzz(data);
            default -> PlatformInputFuzzTarget.fuzz(data);
        }
    }
}
