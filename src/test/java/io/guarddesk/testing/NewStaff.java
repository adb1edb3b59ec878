package io.guarddesk.testing;

import java.util.UUID;

/** Creates a staff member of its own for a test, through the admin API. */
public final class NewStaff {

    private NewStaff() {
    }

    public static Created create(String role) {
        var username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var password = "pw-" + UUID.randomUUID();
        var answer = Staff.ADMIN.api().post("api/staff", "{\"username\":\"" + username + "\",\"displayName\":\"Test " + username
                + "\",\"email\":\"" + username + "@guarddesk.example\",\"password\":\"" + password + "\",\"roles\":[\"" + role + "\"]}");
        if (answer.status() != 201) {
            throw new IllegalStateException("could not create staff: " + answer);
        }
        return new Created(username, password);
    }

    public record Created(String username, String password) {

        public Api api() {
            return Api.as(username, password);
        }
    }
}
