package io.guarddesk.notices.bench;

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

/** The JSON API under {@code /api} as one staff member: HTTP Basic or a personal API token on every request. */
final class Api {

    /** An answer and how long it took, from sending the request to the last byte of the body. */
    record Answer(int status, String body, long nanos) {

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 800 ? body.substring(0, 800) + "..." : body);
        }
    }

    private final HttpClient http;
    private final URI base;
    private final String authorization;

    private Api(HttpClient http, URI base, String authorization) {
        this.http = http;
        this.base = base;
        this.authorization = authorization;
    }

    static Api basic(HttpClient http, URI base, String user, String password) {
        var pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return new Api(http, base, "Basic " + Base64.getEncoder().encodeToString(pair));
    }

    /** The same server with a personal API token instead of the password. */
    Api withToken(String token) {
        return new Api(http, base, "Bearer " + token);
    }

    Answer get(String path, Duration timeout) throws IOException, InterruptedException {
        return send("GET", path, null, null, timeout);
    }

    Answer json(String method, String path, JsonStructure body, Duration timeout) throws IOException, InterruptedException {
        return send(method, path, "application/json; charset=UTF-8", body.toString(), timeout);
    }

    Answer delete(String path, Duration timeout) throws IOException, InterruptedException {
        return send("DELETE", path, null, null, timeout);
    }

    Answer send(String method, String path, String contentType, String body, Duration timeout)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        long start = System.nanoTime();
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
    }

    /** The answer's JSON when it has the expected status; otherwise the run cannot go on, and says why. */
    static JsonObject expect(int status, Answer answer, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + answer);
        }
        return answer.body().isBlank() ? JsonValue.EMPTY_JSON_OBJECT : answer.json();
    }
}
