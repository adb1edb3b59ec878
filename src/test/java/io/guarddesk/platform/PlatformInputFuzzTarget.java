package io.guarddesk.platform;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.guarddesk.platform.rest.AcceptLanguages;
import io.guarddesk.platform.rest.Languages;
import io.guarddesk.platform.rest.QueryParameters;
import io.guarddesk.requesters.control.ConfirmationLinks;
import io.guarddesk.requesters.entity.Purpose;
import io.guarddesk.staff.control.ApiTokenCodec;
import io.guarddesk.tickets.control.AccessKeys;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7.3 for what every feature shares: any API body of any endpoint binds or is a 400; the keys and
 * tokens in links and headers (private ticket keys, confirmation and portal tokens, API tokens) are
 * looked at without an exception; Accept-Language gives ja or en; a numeric query parameter is a
 * number in range or a 400 naming it.
 */
public final class PlatformInputFuzzTarget {

    private PlatformInputFuzzTarget() {
    }

    public static void fuzz(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 3)) {
            case 0 -> anyBody(data);
            case 1 -> keysAndTokens(data);
            case 2 -> assertThat(Languages.preferred(AcceptLanguages.fuzzed(data))).isIn(Locale.JAPANESE, Locale.ENGLISH);
            default -> queryNumber(data);
        }
    }

    static void anyBody(FuzzedDataProvider data) {
        var type = data.pickValue(JsonBodies.requestTypes());
        JsonBodies.bind(JsonBodies.body(data, type), type);
    }

    static void keysAndTokens(FuzzedDataProvider data) {
        var presented = data.consumeBoolean() ? data.consumeAsciiString(43) : data.consumeString(100);
        if (AccessKeys.wellFormed(presented)) {
            assertThat(AccessKeys.hash(presented)).hasSize(64);
        }
        var em = StandIns.entityManager(List.of()).em();
        assertThat(ConfirmationLinks.find(em, presented, data.pickValue(Purpose.values()), LockModeType.NONE)).isEmpty();
        var bearer = data.consumeBoolean() ? ApiTokenCodec.PREFIX + presented : presented;
        if (ApiTokenCodec.looksLikeToken(bearer)) {
            assertThat(ApiTokenCodec.hash(bearer)).hasSize(64);
        }
    }

    static void queryNumber(FuzzedDataProvider data) {
        var text = data.consumeBoolean() ? Long.toString(data.consumeLong()) : data.consumeString(30);
        int min = data.consumeInt(0, 10);
        try {
            assertThat(QueryParameters.number("offset", text, min, Integer.MAX_VALUE)).isBetween(min, Integer.MAX_VALUE);
        } catch (InvalidInputException e) {
            assertThat(e.fieldErrors()).extracting(DeskException.FieldError::field).containsExactly("offset");
        }
        try {
            assertThat(QueryParameters.longNumber("after", text, 0, Long.MAX_VALUE)).isNotNegative();
        } catch (InvalidInputException e) {
            assertThat(e.fieldErrors()).extracting(DeskException.FieldError::field).containsExactly("after");
        }
    }
}
