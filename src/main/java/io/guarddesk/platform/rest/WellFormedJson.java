package io.guarddesk.platform.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON body through once before it is bound, and refuses it unless it is well-formed
 * (R7.3). The JSON-P parser under the binding loops forever when it skips the value of a property
 * the request type lacks and that value's array or object never closes: {@code {"x":[} held a
 * request thread at full CPU for good, on the public endpoints too (eclipse-ee4j/parsson#23, in
 * the Parsson that Payara bundles). Skipping well-formed JSON ends, so checking first is enough.
 * Bodies are at most 1 MiB ({@code RequestSizeFilter}), so holding one in memory costs little.
 */
@Provider
public class WellFormedJson implements ReaderInterceptor {

    /**
     * Made once: {@code Json.createParserFactory} looks its provider up through the class loader on
     * every call, which held each JSON request on the web class loader's lock (a profile of the load
     * benchmark). Factories are thread-safe.
     */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(null);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body;
        try {
            body = context.getInputStream().readAllBytes();
        } catch (IOException e) {
            // a body cut off at the size limit, or a client gone: as unreadable as broken JSON
            throw new ProcessingException("The request body could not be read.", e);
        }
        // an empty body goes on as it came: the JAX-RS runtime answers it as before
        if (body.length > 0 && !wellFormed(body)) {
            // answered 400 by UnreadableBodyMapper, like JSON the binding cannot read
            throw new ProcessingException("The request body is not well-formed JSON.");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /**
     * Read in UTF-8, as the binding reads it (JSON-B's default encoding). The parser's hasNext()
     * answers false at the end of the text even inside an open array, so the depth is counted.
     */
    static boolean wellFormed(byte[] body) {
        try (var parser = PARSERS.createParser(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            int depth = 0;
            boolean value = false;
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_ARRAY, START_OBJECT -> depth++;
                    case END_ARRAY, END_OBJECT -> depth--;
                    default -> {
                        // a name or a scalar: the parser has checked its syntax
                    }
                }
                value = true;
            }
            return value && depth == 0;
        } catch (RuntimeException e) {
            // a JsonException mostly; nesting past the parser's limit (1,000) is a bare RuntimeException
            return false;
        }
    }
}
