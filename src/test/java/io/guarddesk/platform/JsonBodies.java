package io.guarddesk.platform;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.guarddesk.platform.rest.RestApplication;
import io.guarddesk.platform.rest.WellFormedJson;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Request bodies from fuzzed data, bound the way the server binds them. Jersey's JSON-B provider
 * calls {@code Jsonb.fromJson(stream, type)} and turns a {@link JsonbException}, and only that,
 * into a processing exception, which {@code UnreadableBodyMapper} answers with 400; anything
 * else the binding throws would reach the catch-all mapper as a 500. So the binding here lets
 * everything but a processing exception through to the fuzzer.
 *
 * <p>Random bytes are rarely JSON, so most bodies are built: an object with the type's own
 * property names (and a stranger), each with a value of any JSON kind, text from the fuzzer.
 */
public final class JsonBodies {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final List<Class<?>> REQUEST_TYPES = resourceBodies();

    private JsonBodies() {
    }

    /**
     * Every type an endpoint reads from a JSON body, found as Jersey finds it: the one parameter of a
     * resource method without a JAX-RS annotation. Raw uploads ({@code byte[]}) are not JSON.
     */
    public static List<Class<?>> requestTypes() {
        return REQUEST_TYPES;
    }

    private static List<Class<?>> resourceBodies() {
        var classes = Path.of(RestApplication.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        try (var files = Files.walk(classes)) {
            return files.map(f -> classes.relativize(f).toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> load(name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.')))
                    .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
                    .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                    .filter(m -> Modifier.isPublic(m.getModifiers()))
                    .flatMap(m -> Arrays.stream(m.getParameters()).filter(p -> p.getAnnotations().length == 0))
                    .<Class<?>>map(Parameter::getType)
                    .filter(type -> type.getName().startsWith("io.guarddesk."))
                    .distinct()
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, JsonBodies.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The body bound to {@code type} as Jersey binds it: through the app's {@link WellFormedJson}
     * reader interceptor, then JSON-B. Empty where the server answers 400 (a processing exception
     * from either), or where the body is the JSON literal null (the resources' own 400).
     */
    public static <T> Optional<T> bind(byte[] body, Class<T> type) {
        var stream = new InputStream[]{new ByteArrayInputStream(body)};
        ReaderInterceptorContext context = StandIns.proxy(ReaderInterceptorContext.class, (self, called, args) -> switch (called.getName()) {
            case "getMediaType" -> MediaType.APPLICATION_JSON_TYPE;
            case "getInputStream" -> stream[0];
            case "setInputStream" -> {
                stream[0] = (InputStream) args[0];
                yield null;
            }
            case "proceed" -> fromJson(stream[0], type);
            default -> throw new UnsupportedOperationException(called.getName());
        });
        try {
            return Optional.ofNullable(type.cast(new WellFormedJson().aroundReadFrom(context)));
        } catch (ProcessingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What Jersey's JSON-B provider does: a JsonbException, and only that, becomes a processing exception. */
    private static Object fromJson(InputStream stream, Class<?> type) {
        try {
            return JSONB.fromJson(stream, type);
        } catch (JsonbException e) {
            throw new ProcessingException("Error deserializing object from entity stream.", e);
        }
    }

    /** A body for {@code type}: mostly a well-formed object of its properties, sometimes broken, sometimes raw bytes. */
    public static byte[] body(FuzzedDataProvider data, Class<?> type) {
        return switch (data.consumeInt(0, 9)) {
            case 0 -> data.consumeBytes(4_000);
            case 1 -> nested(data, properties(type));
            default -> {
                var json = new StringBuilder();
                object(data, properties(type), json, 0);
                if (data.consumeInt(0, 15) == 0) {
                    json.setLength(data.consumeInt(0, json.length()));
                }
                yield json.toString().getBytes(data.consumeBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16);
            }
        };
    }

    /** A property (or a stranger, which the binding skips) holding arrays nested deeper than any parser should follow. */
    private static byte[] nested(FuzzedDataProvider data, List<String> names) {
        var json = new StringBuilder("{");
        string(names.isEmpty() || data.consumeBoolean() ? "unknown" : data.pickValue(names), json);
        int depth = data.consumeInt(1, 100_000);
        json.append(':').append("[".repeat(depth)).append("\"x\"").append(data.consumeBoolean() ? "]".repeat(depth) + "}" : "");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What JSON-B binds: record components, or a bean's non-static fields. */
    static List<String> properties(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
        }
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(f -> f.getName()).toList();
    }

    private static void object(FuzzedDataProvider data, List<String> names, StringBuilder json, int depth) {
        json.append('{');
        int count = data.consumeInt(0, names.size() + 1);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                json.append(',');
            }
            var name = i < names.size() && data.consumeInt(0, 7) > 0 ? data.pickValue(names) : data.consumeString(12);
            string(name, json);
            json.append(':');
            value(data, json, depth);
        }
        json.append('}');
    }

    private static void value(FuzzedDataProvider data, StringBuilder json, int depth) {
        switch (depth > 3 ? data.consumeInt(0, 3) : data.consumeInt(0, 9)) {
            case 0, 1, 2 -> string(data.consumeString(data.consumeInt(0, 12_000)), json);
            case 3 -> json.append(number(data));
            case 4 -> json.append(data.pickValue(List.of("true", "false", "null")));
            case 5 -> json.append(data.consumeString(20));
            case 6, 7 -> {
                json.append('[');
                int count = data.consumeInt(0, 4);
                for (int i = 0; i < count; i++) {
                    json.append(i > 0 ? "," : "");
                    value(data, json, depth + 1);
                }
                json.append(']');
            }
            default -> object(data, List.of(), json, depth + 1);
        }
    }

    /** Numbers at the edges: beyond long, huge exponents, fractions where a whole number is expected. */
    private static String number(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 4)) {
            case 0 -> Long.toString(data.consumeLong());
            case 1 -> Long.toString(data.consumeLong()) + "9".repeat(data.consumeInt(1, 400));
            case 2 -> data.consumeInt() + "e" + data.consumeInt();
            case 3 -> data.consumeInt() + "." + Math.abs(data.consumeLong());
            default -> Integer.toString(data.consumeInt());
        };
    }

    /** A JSON string; control characters and lone surrogates escaped, as a client may well send them. */
    private static void string(String text, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
