package io.guarddesk.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * A small HTTP client for the Guarddesk API as a caller sees it: raw requests, raw answers,
 * JSON parsed on demand. Credentials are fixed per instance, like a real API user.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api anonymous() {
        return new Api(Deployments.baseUri(), null);
    }

    public static Api as(String username, String password) {
        var basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(Deployments.baseUri(), "Basic " + basic);
    }

    public static Api withToken(String token) {
        return new Api(Deployments.baseUri(), "Bearer " + token);
    }

    public static Api withAuthorization(String header) {
        return new Api(Deployments.baseUri(), header);
    }

    public Answer get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Answer post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    public Answer put(String path, String json) {
        return send("PUT", path, json, Map.of());
    }

    public Answer delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    public Answer send(String method, String path, String json, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        if (headers.keySet().stream().noneMatch("Accept"::equalsIgnoreCase)) {
            request.header("Accept", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        return execute(request, method, path);
    }

    /** A raw body, e.g. a CSV file in Shift_JIS. */
    public Answer sendBytes(String method, String path, byte[] body, String contentType) {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType).header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return execute(request, method, path);
    }

    private static Answer execute(HttpRequest.Builder request, String method, String path) {
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string literal for building request bodies without a binding library. */
    public static String quote(String text) {
        return Json.createValue(text).toString();
    }

    /** An HTTP answer: status, body, headers. */
    public record Answer(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst().orElse(null);
        }

        public String text(String field) {
            var value = json().get(field);
            return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : json().getString(field);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
