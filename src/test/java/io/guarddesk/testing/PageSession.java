package io.guarddesk.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pages as a browser fetches them, without a browser: the staff sign-in form posted over plain
 * HTTP with its view state, then GETs carrying the session cookie; redirects are not followed.
 * Cheap enough to look at one page for many ids and roles.
 */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern UNREAD_COUNT = Pattern.compile("<span class=\"gd-count\">[^<]*</span>");

    private final String cookie;

    private PageSession(String cookie) {
        this.cookie = cookie;
    }

    public static PageSession anonymous() {
        return new PageSession(null);
    }

    public static PageSession signIn(Staff staff) {
        var page = fetch(null, "login");
        var cookies = cookies(page, new LinkedHashMap<>());
        if (cookies.isEmpty()) {
            throw new IllegalStateException("the sign-in page set no cookie: " + page);
        }
        var cookie = header(cookies);
        var viewState = group(VIEW_STATE, page.body());
        var action = group(Pattern.compile("<form id=\"login-form\"[^>]*action=\"([^\"]+)\""), page.body()).replace("&amp;", "&");
        var form = "login-form=login-form&login-form%3Ausername=" + encode(staff.username) + "&login-form%3Apassword="
                + encode(staff.password) + "&login-form%3Anext=&login-form%3Asignin=&jakarta.faces.ViewState=" + encode(viewState);
        var signedIn = Api.anonymous().send("POST", action.substring(1), form, Map.of(
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html", "Cookie", cookie));
        var location = String.valueOf(signedIn.header("Location"));
        if (signedIn.status() != 302 || location.contains("/login")) {
            throw new IllegalStateException("signing in as " + staff.username + " failed: " + signedIn.status() + " " + location);
        }
        // the sign-in renews the session id (no fixation): only the new cookie is signed in
        return new PageSession(header(cookies(signedIn, cookies)));
    }

    public Api.Answer get(String path) {
        return fetch(cookie, path);
    }

    /**
     * What a visitor can tell of a page answer: status, redirect target and the whole text, with
     * what differs between any two renderings (view state, script nonces, the unread badge) and
     * the id the page was asked for replaced where it comes back as a parameter value (in the
     * language links and the sign-in redirect). Two answers that differ here tell the two ids apart.
     */
    public static String comparable(Api.Answer page, String id) {
        var text = page.body();
        for (var changing : List.of(VIEW_STATE, NONCE)) {
            var matcher = changing.matcher(page.body());
            while (matcher.find()) {
                text = text.replace(matcher.group(1), "{changes}");
            }
        }
        text = UNREAD_COUNT.matcher(text).replaceAll("");
        // only as a parameter value: a short id such as a mail's "57" also occurs in unrelated text
        // "?id=1", "%3Fid%3D1" (a sign-in redirect's next=), "&#37;3Fid&#37;3D1" (the same in its HTML), not "scale=1"
        var echoed = Pattern.compile("((?:[?&]|&amp;|%3F|%26|&#37;3F|&#37;26)\\w+(?:=|%3D|&#37;3D))" + Pattern.quote(id)
                + "(?=[&\"'<\\s]|%26|$)");
        return echoed.matcher(page.status() + "\n" + page.header("Location") + "\n" + text).replaceAll("$1{id}");
    }

    private static Api.Answer fetch(String cookie, String path) {
        var headers = new HashMap<String, String>();
        headers.put("Accept", "text/html");
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        return Api.anonymous().send("GET", path, null, headers);
    }

    /** {@code known} with what the answer sets (name to value), as a browser keeps them. */
    private static Map<String, String> cookies(Api.Answer answer, Map<String, String> known) {
        answer.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(header -> header.getValue().stream())
                .map(value -> value.split(";")[0].split("=", 2))
                .filter(pair -> pair.length == 2)
                .forEach(pair -> known.put(pair[0].strip(), pair[1].strip()));
        return known;
    }

    private static String header(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    private static String group(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in the page");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
