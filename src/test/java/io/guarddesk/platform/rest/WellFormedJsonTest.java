package io.guarddesk.platform.rest;

import io.guarddesk.platform.JsonBodies;
import io.guarddesk.platform.StandIns;
import io.guarddesk.tickets.control.SubmissionForm;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class WellFormedJsonTest {

    /** Found by PublicInputFuzzTest: each of these held the binding's parser in a loop for good. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"other\":[", "{\"other\":{", "{\"name\":\"Aiko\",\"other\":[1,", "{\"x\":[[[[\"x\"",
            "{\"unknown\":[\"x\"", "{\"other\":[1", "{\"other\":{\"a\":\"b\""})
    @DisplayName("R7.3 a body whose unknown property never closes is a 400, not a request thread stuck for good")
    void unclosedUnknownPropertyIsRefused(String body) {
        var bound = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> JsonBodies.bind(body.getBytes(StandardCharsets.UTF_8), SubmissionForm.class));
        assertThat(bound).as("refused, answered 400 by UnreadableBodyMapper").isEmpty();
    }

    @Test
    @DisplayName("R7.3 a body nested past the parser's limit is a 400, not the parser's bare RuntimeException (a 500)")
    void deepNestingIsRefused() {
        var body = "{\"other\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertThat(JsonBodies.bind(body.getBytes(StandardCharsets.UTF_8), SubmissionForm.class)).isEmpty();
    }

    @Test
    @DisplayName("R7.3 a well-formed body still binds, properties the type lacks ignored")
    void wellFormedBodyBinds() {
        var bound = JsonBodies.bind("{\"name\":\"Aiko\",\"other\":[1,{\"a\":[]}]}".getBytes(StandardCharsets.UTF_8), SubmissionForm.class);
        assertThat(bound).hasValueSatisfying(form -> assertThat(form.getName()).isEqualTo("Aiko"));
    }

    @Test
    @DisplayName("R7.3 a body that is not JSON (a CSV upload) reaches its reader untouched")
    void otherMediaTypesPassUntouched() throws IOException {
        var context = StandIns.proxy(ReaderInterceptorContext.class, (self, called, args) -> switch (called.getName()) {
            case "getMediaType" -> new MediaType("text", "csv");
            case "proceed" -> "read by the CSV reader";
            // getInputStream among them: the body is not read ahead
            default -> throw new UnsupportedOperationException(called.getName());
        });
        assertThat(new WellFormedJson().aroundReadFrom(context)).isEqualTo("read by the CSV reader");
    }

    @Test
    @DisplayName("R7.3 an empty body goes on as it came")
    void emptyBodyProceeds() throws IOException {
        var stream = new InputStream[]{new ByteArrayInputStream(new byte[0])};
        var context = StandIns.proxy(ReaderInterceptorContext.class, (self, called, args) -> switch (called.getName()) {
            case "getMediaType" -> MediaType.APPLICATION_JSON_TYPE;
            case "getInputStream" -> stream[0];
            case "setInputStream" -> {
                stream[0] = (InputStream) args[0];
                yield null;
            }
            case "proceed" -> "proceeded";
            default -> throw new UnsupportedOperationException(called.getName());
        });
        assertThat(new WellFormedJson().aroundReadFrom(context)).isEqualTo("proceeded");
    }
}
