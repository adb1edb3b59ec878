package io.guarddesk.notices.bench;

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
import java.util.regex.Pattern;

/**
 * A staff member's browser session for the pages. Pages ignore HTTP Basic (only {@code /api}
 * reads it) and there is no {@code j_security_check}: staff sign in through the JSF form at
 * {@code /login}, which renews the session id. So this does what a browser does: GET the form,
 * POST it back with its view state, and keep the session cookie in a {@link CookieManager}.
 */
final class PageSession {

    /** A page answer: its status, whether it was the page asked for (not the sign-in page), and how long it took. */
    record Answer(int status, boolean expected, long nanos) {
    }

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"login-form\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI base;

    private PageSession(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    static PageSession signIn(URI base, String user, String password) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                // a 302 after sign-in is the answer to check, not something to follow
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        var session = new PageSession(http, base);
        session.postLoginForm(user, password);
        return session;
    }

    private void postLoginForm(String user, String password) throws IOException, InterruptedException {
        var page = http.send(request("login").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        var form = find(LOGIN_FORM, page.body(), 0, "the sign-in form");
        var action = find(ACTION, form, 1, "the sign-in form's action").replace("&amp;", "&");
        var viewState = find(VIEW_STATE, page.body(), 1, "the sign-in page's view state");
        var body = "login-form=login-form"
                + "&" + field("login-form:username", user)
                + "&" + field("login-form:password", password)
                + "&" + field("login-form:next", "")
                + "&" + field("login-form:signin", "")
                + "&" + field("jakarta.faces.ViewState", viewState);
        // the action is an absolute path (context path included): it resolves against the host, as in a browser
        var answer = http.send(request(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
        var location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("page sign-in as " + user + " failed: " + answer.statusCode() + " " + location);
        }
    }

    /**
     * GETs {@code path}; {@code marker} is a piece of the page's HTML that only the page asked for has
     * (a redirect to the sign-in page or an error page would also answer, but without it).
     */
    Answer get(String path, String marker) throws IOException, InterruptedException {
        long start = System.nanoTime();
        var response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long nanos = System.nanoTime() - start;
        return new Answer(response.statusCode(), response.statusCode() == 200 && response.body().contains(marker), nanos);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Accept", "text/html")
                .header("Accept-Language", "en");
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String find(Pattern pattern, String text, int group, String what) {
        var matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " found; is this Guarddesk?");
        }
        return matcher.group(group);
    }
}
