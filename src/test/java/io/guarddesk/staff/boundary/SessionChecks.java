package io.guarddesk.staff.boundary;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff session cookie as a browser gets it, over plain HTTP and behind a TLS proxy, and
 * the renewal of its id at sign-in. The idle and absolute limits are {@code SessionLimitsTest}:
 * nobody waits twelve hours in a test. Run inside {@code GuarddeskIT}.
 */
public abstract class SessionChecks {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("<form id=\"login-form\"[^>]*action=\"([^\"]+)\"");

    @Test
    @DisplayName("R7.3 the session cookie is HttpOnly and SameSite=Lax, and Secure behind a TLS proxy (X-Forwarded-Proto: https) only")
    void cookieFlags() {
        var plain = sessionCookie(page(Map.of()));
        var behindTls = sessionCookie(page(Map.of("X-Forwarded-Proto", "https")));

        assertThat(plain).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .as("plain HTTP on a developer's machine would never send a Secure cookie back").doesNotContainIgnoringCase("Secure;")
                .doesNotEndWithIgnoringCase("Secure");
        assertThat(behindTls).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure");
    }

    @Test
    @DisplayName("R7.3 signing in renews the session id: an id planted before the sign-in is not signed in, the new one is")
    void idRenewedAtSignIn() {
        var login = page(Map.of());
        var planted = id(sessionCookie(login));
        var form = "login-form=login-form&login-form%3Ausername=" + encode(Staff.AGENT.username) + "&login-form%3Apassword="
                + encode(Staff.AGENT.password) + "&login-form%3Anext=&login-form%3Asignin=&jakarta.faces.ViewState="
                + encode(group(VIEW_STATE, login.body()));
        var signedIn = Api.anonymous().send("POST", group(ACTION, login.body()).replace("&amp;", "&").substring(1), form, Map.of(
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html", "Cookie", "JSESSIONID=" + planted));

        assertThat(signedIn.status()).isEqualTo(302);
        var renewed = id(sessionCookie(signedIn));
        assertThat(renewed).isNotEqualTo(planted);
        assertThat(queueWith(planted).status()).as("the planted id").isEqualTo(302);
        assertThat(queueWith(planted).header("Location")).contains("/login");
        assertThat(queueWith(renewed).status()).as("the renewed id").isEqualTo(200);
    }

    private static Api.Answer page(Map<String, String> headers) {
        var all = new java.util.HashMap<>(headers);
        all.put("Accept", "text/html");
        return Api.anonymous().send("GET", "login", null, all);
    }

    private static Api.Answer queueWith(String id) {
        return Api.anonymous().send("GET", "agent/queue", null, Map.of("Accept", "text/html", "Cookie", "JSESSIONID=" + id));
    }

    private static String sessionCookie(Api.Answer answer) {
        return answer.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream()).filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers()));
    }

    private static String id(String cookie) {
        return group(SESSION, cookie);
    }

    private static String group(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in " + text);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
