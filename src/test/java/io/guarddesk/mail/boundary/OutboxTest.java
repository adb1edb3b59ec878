package io.guarddesk.mail.boundary;

import jakarta.transaction.Transactional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxTest {

    @Test
    @DisplayName("R7.2 enqueue joins the caller's transaction and refuses to run without one")
    void enqueueIsMandatory() throws Exception {
        var enqueue = Outbox.class.getMethod("enqueue", Letter.class).getAnnotation(Transactional.class);

        assertThat(enqueue).isNotNull();
        assertThat(enqueue.value()).isEqualTo(Transactional.TxType.MANDATORY);
        assertThat(Outbox.class.getMethod("suppress", String.class, Long.class).getAnnotation(Transactional.class).value())
                .as("a not-me report suppresses in the transaction that opens its security ticket")
                .isEqualTo(Transactional.TxType.REQUIRED);
    }

    @Test
    @DisplayName("R4.3 a letter's parameters, which hold live links, never show in its toString")
    void letterHidesParameters() {
        var letter = new Letter("a@example.com", "Aoi", Locale.ENGLISH, "sign-in", Map.of("link", "https://desk/secret-key"), null, "SIGN_IN");

        assertThat(letter.toString()).doesNotContain("secret-key", "a@example.com").contains("sign-in");
    }
}
