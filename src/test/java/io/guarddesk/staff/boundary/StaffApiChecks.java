package io.guarddesk.staff.boundary;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.NewStaff;
import io.guarddesk.testing.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff authentication on the API: tokens, back-off, no cookies. Run inside {@code GuarddeskIT}. */
public abstract class StaffApiChecks {

    @Test
    @DisplayName("R4.2 a personal API token works as Bearer, is shown once, listed only by its hint, and dies when revoked")
    void apiTokenLifecycle() {
        var me = NewStaff.create("AGENT");
        var created = me.api().post("api/me/tokens", "{\"name\":\"nightly export\"}");
        assertThat(created.status()).isEqualTo(201);
        var token = created.text("token");
        assertThat(token).startsWith("gd_").hasSize(46);

        var byToken = Api.withToken(token);
        assertThat(byToken.get("api/me").text("username")).isEqualTo(me.username());
        assertThat(byToken.get("api/tickets").status()).isEqualTo(200);

        var listed = me.api().get("api/me/tokens");
        assertThat(listed.body()).doesNotContain(token).contains(token.substring(0, 7));

        long id = created.json().getJsonNumber("id").longValue();
        assertThat(Staff.AGENT2.api().delete("api/me/tokens/" + id).status()).as("someone else's token").isEqualTo(404);
        assertThat(byToken.get("api/me").status()).isEqualTo(200);

        assertThat(me.api().delete("api/me/tokens/" + id).status()).isEqualTo(204);
        assertThat(byToken.get("api/me").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("wrong credentials and forged tokens get 401 with a challenge and no detail")
    void badCredentials() {
        for (var api : new Api[]{Api.as("agent", "wrong"), Api.withToken("gd_" + "A".repeat(43)), Api.withToken("garbage"),
                Api.withAuthorization("Basic !!!"), Api.withAuthorization("Digest x")}) {
            var answer = api.get("api/tickets");
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).contains("Basic");
        }
    }

    @Test
    @DisplayName("after five wrong passwords an account is paused: even the right password is refused for a while")
    void signInBackOff() {
        var victim = NewStaff.create("AGENT");
        assertThat(victim.api().get("api/me").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(victim.username(), "guess-" + i).get("api/me").status()).isEqualTo(401);
        }
        assertThat(victim.api().get("api/me").status()).isEqualTo(401);
        assertThat(Staff.ADMIN.api().get("api/staff").body()).contains("\"username\":\"" + victim.username() + "\"");
    }

    @Test
    @DisplayName("the API ignores the session cookie: a signed-in browser's cookie alone authenticates nothing")
    void cookieIsNotAnApiCredential() {
        var page = Api.anonymous().send("GET", "login", null, Map.of("Accept", "text/html"));
        var cookie = page.header("Set-Cookie");
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        var answer = Api.anonymous().send("GET", "api/tickets", null, Map.of("Cookie", cookie.split(";")[0]));
        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    @DisplayName("an admin adds staff; bad input names every field; a taken name is refused")
    void addStaff() {
        var admin = Staff.ADMIN.api();
        var bad = admin.post("api/staff", "{\"username\":\"Bad Name\",\"displayName\":\"\",\"email\":\"x\",\"password\":\"short\",\"roles\":[\"ROOT\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("username").contains("displayName").contains("email").contains("password").contains("roles");

        var taken = admin.post("api/staff", "{\"username\":\"agent\",\"displayName\":\"Again\",\"email\":\"a@b.example\","
                + "\"password\":\"long-enough-password\",\"roles\":[\"AGENT\"]}");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.text("message")).doesNotContain("Exception");
    }
}
