package io.guarddesk.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Personal API tokens for checks that send many requests: every Basic request costs the server a
 * PBKDF2 verification (210,000 rounds), a token one hash lookup.
 */
public final class StaffTokens {

    private static final Map<Staff, Api> DEMO = new ConcurrentHashMap<>();

    private StaffTokens() {
    }

    /** The demo staff member, signed in by a token of their own issued once per test run. */
    public static Api of(Staff staff) {
        return DEMO.computeIfAbsent(staff, s -> issue(s.api(), "checks").api());
    }

    /** A new token for the staff member {@code owner} authenticates as. */
    public static Issued issue(Api owner, String name) {
        var answer = owner.post("api/me/tokens", "{\"name\":" + Api.quote(name) + "}");
        if (answer.status() != 201) {
            throw new IllegalStateException("could not issue a token: " + answer);
        }
        return new Issued(answer.json().getJsonNumber("id").longValue(), answer.text("token"));
    }

    public record Issued(long id, String token) {

        public Api api() {
            return Api.withToken(token);
        }

        public String authorization() {
            return "Bearer " + token;
        }
    }
}
