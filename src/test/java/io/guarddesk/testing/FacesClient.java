package io.guarddesk.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser session without a browser, for checks that must send what a browser never would: a
 * JSF page fetched over HTTP with its cookies kept, its form posted back field by field, with
 * the view state removed or forged, or with a foreign Origin. Redirects are not followed, so a
 * check sees what the server answered.
 */
public final class FacesClient {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base = Deployments.baseUri();

    /** A staff member's page session, signed in through the sign-in form as a person does. */
    public static FacesClient signedIn(String username, String password) {
        var client = new FacesClient();
        var form = client.form("login", "login-form").set("username", username).set("password", password);
        var answer = client.post(form, "signin", Map.of());
        if (answer.status() != 302 || String.valueOf(answer.header("Location")).contains("/login")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + answer);
        }
        return client;
    }

    public static FacesClient signedIn(Staff staff) {
        return signedIn(staff.username, staff.password);
    }

    public Api.Answer get(String path) {
        return get(path, Map.of());
    }

    public Api.Answer get(String path, Map<String, String> headers) {
        return send(request(path, headers).GET());
    }

    /** GETs {@code path} and reads form {@code formId} from it; the page must answer 200. */
    public FacesForm form(String path, String formId) {
        var page = get(path);
        if (page.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + page.status() + ", not the page with form " + formId);
        }
        return FacesForm.of(page.body(), formId);
    }

    /** Where a 302 points, fetched. */
    public Api.Answer follow(Api.Answer redirect) {
        return get(base.resolve(redirect.header("Location")).toString());
    }

    /** A full-page post of {@code form}, pressing {@code button} (a component id of the form). */
    public Api.Answer post(FacesForm form, String button, Map<String, String> headers) {
        var fields = new LinkedHashMap<>(form.fields());
        fields.put(form.id() + ":" + button, "");
        return send(request(form.action(), headers)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /**
     * An Ajax post as PrimeFaces sends it for a button without {@code ajax="false"}: the partial
     * request parameters, {@code execute} and {@code render} as client ids, the Faces-Request header.
     */
    public Api.Answer ajax(FacesForm form, String button, String execute, String render, Map<String, String> headers) {
        var source = form.id() + ":" + button;
        var fields = new LinkedHashMap<String, String>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(source, source);
        fields.putAll(form.fields());
        var request = request(form.action(), Map.of())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest");
        headers.forEach(request::setHeader);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Accept-Language", "en");
        headers.forEach(request::setHeader);
        return request;
    }

    private Api.Answer send(HttpRequest.Builder request) {
        var built = request.build();
        try {
            var response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Answer(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
