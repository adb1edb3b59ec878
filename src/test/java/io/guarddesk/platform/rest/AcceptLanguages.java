package io.guarddesk.platform.rest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.guarddesk.platform.StandIns;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.ArrayList;
import java.util.Locale;

/**
 * Request headers whose only answer is the languages a client prefers, from fuzzed data: what the
 * JAX-RS runtime makes of any Accept-Language, including its failure to read one.
 */
public final class AcceptLanguages {

    private AcceptLanguages() {
    }

    public static HttpHeaders fuzzed(FuzzedDataProvider data) {
        var languages = new ArrayList<Locale>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            languages.add(data.consumeBoolean() ? Locale.forLanguageTag(data.consumeString(20))
                    : new Locale(data.consumeString(10), data.consumeString(5)));
        }
        boolean unreadable = data.consumeInt(0, 7) == 0;
        return StandIns.proxy(HttpHeaders.class, (self, called, args) -> switch (called.getName()) {
            case "getAcceptableLanguages" -> {
                if (unreadable) {
                    throw new IllegalArgumentException("what the JAX-RS runtime throws for a header it cannot read");
                }
                yield languages;
            }
            default -> throw new UnsupportedOperationException(called.getName());
        });
    }
}
