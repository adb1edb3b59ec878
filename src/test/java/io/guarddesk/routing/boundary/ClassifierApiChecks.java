package io.guarddesk.routing.boundary;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Staff;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The classifier's admin API on the real server (R3.1). Run inside {@code GuarddeskIT}. */
public abstract class ClassifierApiChecks {

    private static final String RULES = "api/admin/classifier-rules";

    @Test
    @DisplayName("R3.1 the server starts with the default rules: an admin lists them and a security text tries positive")
    void defaultsInstalled() {
        var listed = Staff.ADMIN.api().get(RULES);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.structure().asJsonArray()).hasSizeGreaterThan(100);

        var tried = Staff.ADMIN.api().post(RULES + "/test", "{\"subject\":\"不正ログイン\",\"body\":\"身に覚えのないログイン通知が届きました\"}");
        assertThat(tried.status()).isEqualTo(200);
        assertThat(tried.json().getBoolean("security")).isTrue();
        assertThat(tried.json().getJsonArray("matchedRules")).isNotEmpty();
        var harmless = Staff.ADMIN.api().post(RULES + "/test", "{\"subject\":\"Password\",\"body\":\"I forgot my password\"}");
        assertThat(harmless.json().getBoolean("security")).isFalse();
    }

    @Test
    @DisplayName("R3.1 a rule an admin adds takes effect at once; disabled, it stops; the rule stays listed")
    void addThenDisable() {
        var word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        var added = Staff.ADMIN.api().post(RULES, "{\"pattern\":\"" + word + " ... leaked\",\"language\":\"en\",\"kind\":\"SIGNAL\","
                + "\"note\":\"added by the API check\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().getJsonNumber("id").longValue();
        assertThat(added.json().getString("updatedBy")).isEqualTo("admin");

        var text = "{\"subject\":\"\",\"body\":\"the " + word + " list was leaked\"}";
        assertThat(Staff.ADMIN.api().post(RULES + "/test", text).json().getJsonArray("matchedRules").getString(0))
                .isEqualTo(word + " ... leaked");

        var disabled = Staff.ADMIN.api().put(RULES + "/" + id, "{\"pattern\":\"" + word + " ... leaked\",\"language\":\"en\","
                + "\"kind\":\"SIGNAL\",\"enabled\":false}");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(Staff.ADMIN.api().post(RULES + "/test", text).json().getBoolean("security")).isFalse();
        assertThat(Staff.ADMIN.api().get(RULES).body()).contains(word);
    }

    @Test
    @DisplayName("R3.1 an invalid rule is refused with 400 naming each field to fix, in the caller's language; an unknown id is 404")
    void refusals() {
        var refused = Staff.ADMIN.api().send("POST", RULES, "{\"pattern\":\"(hack.*\",\"language\":\"fr\",\"kind\":\"SIGNAL\"}",
                Map.of("Accept-Language", "ja"));
        assertThat(refused.status()).isEqualTo(400);
        var errors = refused.json().getJsonArray("fieldErrors");
        assertThat(errors.getValuesAs(JsonObject.class)).extracting(e -> e.getString("field")).containsExactly("pattern", "language");
        assertThat(errors.getJsonObject(0).getString("message")).contains("正規表現");

        var unknown = Staff.ADMIN.api().put(RULES + "/999999999", "{\"pattern\":\"ab cd\",\"language\":\"en\",\"kind\":\"SIGNAL\"}");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    @DisplayName("R3.1 only admins reach the classifier rules: agents and supervisors 403, anonymous 401")
    void adminsOnly() {
        assertThat(Api.anonymous().get(RULES).status()).isEqualTo(401);
        assertThat(Staff.AGENT.api().get(RULES).status()).isEqualTo(403);
        assertThat(Staff.SUPERVISOR.api().post(RULES + "/test", "{\"subject\":\"a\",\"body\":\"b\"}").status()).isEqualTo(403);
    }
}
