package io.guarddesk.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A valid request body with fields added that the caller may not set (verified, security, roles,
 * owner, author, ids, versions). Either the server refuses them (400) or it ignores them; what it
 * must never do is store them. When it refuses, the body without them is sent as well, and must
 * succeed: so a refusal is known to be about the added fields, and the stored object exists for
 * the checks that follow either way.
 */
public final class ExtraFields {

    private ExtraFields() {
    }

    /** What came back; {@code refused}: the added fields were refused and the plain body was sent after. */
    public record Sent(Api.Answer answer, boolean refused) {
    }

    public static Sent send(Api caller, String method, String path, String body, String extras, int success) {
        var answer = caller.send(method, path, merge(body, extras), Map.of());
        if (answer.status() == success) {
            return new Sent(answer, false);
        }
        assertThat(answer.status()).as(method + " " + path + " with fields a client may not set: refused or ignored, " + answer).isEqualTo(400);
        var plain = caller.send(method, path, body, Map.of());
        assertThat(plain.status()).as("the same body without them is valid: " + plain).isEqualTo(success);
        return new Sent(plain, true);
    }

    /** {@code body}'s fields, then {@code extras}' fields that {@code body} does not have. */
    public static String merge(String body, String extras) {
        var merged = Json.createObjectBuilder(read(extras));
        read(body).forEach(merged::add);
        return merged.build().toString();
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
