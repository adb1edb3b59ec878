package io.guarddesk.disclosure.control;

import io.guarddesk.tickets.entity.Reference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.guarddesk.disclosure.control.Directory.scanBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's own references are never a credential (R2.4 without false refusals): their random
 * letters spell "key" or "auth" now and then, and the load benchmark saw one confirmation mail in
 * about 10,000 refused for its own reference.
 */
class DeskReferencesTest {

    @Test
    @DisplayName("R2.4 a reference that spells a credential word is no secret token, in a mail's sentence or alone")
    void referenceSpellingAWord() {
        for (var reference : new String[] {"GD-KEY7Q-9XW3T-B5HMZ", "GD-9XW3T-KEY7Q-B5HMZ", "GD-B5HMZ-9XW3T-4KEY7", "GD-AKEY1-9XW3T-B5HMZ"}) {
            assertThat(scanBody("we received a request from this e-mail address (reference " + reference + ")."))
                    .as(reference).isEmpty();
            assertThat(scanBody("お問い合わせを受け付けました（受付番号 " + reference + "）。")).as(reference).isEmpty();
            assertThat(scanBody(reference)).as(reference).isEmpty();
        }
    }

    @Test
    @DisplayName("R2.4 twenty thousand random references in the confirmation mail's sentences: no finding")
    void randomReferences() {
        for (int i = 0; i < 20_000; i++) {
            var reference = Reference.random().value();
            assertThat(scanBody("Please confirm your request " + reference + "\nwe received a request to our support desk from this "
                    + "e-mail address (reference " + reference + ").\nこのメールアドレスからサポートデスクへのお問い合わせを受け付けました（受付番号 "
                    + reference + "）。")).as(reference).isEmpty();
        }
    }

    @Test
    @DisplayName("R2.4 a real token beside a reference is still found, and a reference inside a longer token is no reference")
    void stillFound() {
        assertThat(scanBody("Here is your token: 8fK2mQ9xLp3RtV7wZc1Ns4Bh (reference GD-KEY7Q-9XW3T-B5HMZ)"))
                .extracting(Finding::kind).containsExactly(FindingKind.SECRET_TOKEN);
        assertThat(scanBody("secret: xGD-KEY7Q-9XW3T-B5HMZq7"))
                .extracting(Finding::kind).containsExactly(FindingKind.SECRET_TOKEN);
    }
}
