package io.guarddesk.testing;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Incidents (R3.4) as a supervisor opens them over the API. */
public final class Incidents {

    private Incidents() {
    }

    /** Opens an incident from a security ticket; answers its reference. */
    public static String open(Api supervisor, String ticket) {
        return open(supervisor, ticket, "Leak reported by a customer");
    }

    /** Opens an incident with a title of the test's own; answers its reference. */
    public static String open(Api supervisor, String ticket, String title) {
        var answer = supervisor.post("api/incidents", "{\"ticket\":" + Api.quote(ticket) + "," + facts(title).substring(1));
        if (answer.status() != 201) {
            throw new IllegalStateException("could not open an incident: " + answer);
        }
        return answer.text("reference");
    }

    /** The body that opens an incident from {@code ticket}, with valid facts. */
    public static String openRequest(String ticket) {
        return "{\"ticket\":" + Api.quote(ticket) + "," + facts().substring(1);
    }

    /** Valid facts for opening or changing one: one address leaked, discovered an hour ago, typed in JST as in Tokyo. */
    public static String facts() {
        return facts("Leak reported by a customer");
    }

    private static String facts(String title) {
        var discovered = OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
        return "{\"title\":" + Api.quote(title) + ",\"kinds\":[\"EMAIL\"],\"people\":1,\"discoveredAt\":\"" + discovered
                + "\",\"unauthorisedAccess\":false,\"gdpr\":false}";
    }
}
