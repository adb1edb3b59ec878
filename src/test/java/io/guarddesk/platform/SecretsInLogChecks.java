package io.guarddesk.platform;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Deployments;
import io.guarddesk.testing.Directory;
import io.guarddesk.testing.Mailbox;
import io.guarddesk.testing.ResetTokens;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.StaffTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.guarddesk.testing.Customers.submission;
import static io.guarddesk.testing.Customers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planted card numbers, passwords and tokens appear 0 times in the server's log (R4.1: logs carry
 * no message bodies). The secrets go in through every door that takes them — the form, refused
 * and malformed bodies, replies the guard refuses, wrong sign-ins, tokens in links and headers —
 * and then the whole log of the run is read: it is the last group of {@code GuarddeskIT}, so the
 * card numbers every other check planted are looked for too.
 */
public abstract class SecretsInLogChecks {

    /** Cards the other checks plant in replies and messages (the guard's and intake's tests). */
    private static final List<String> KNOWN_TEST_CARDS = List.of("4111111111111111", "5555555555554444", "4242424242424242");

    @Test
    @DisplayName("R4.1 R7.3 planted card numbers, passwords and tokens appear 0 times in the server log of the whole run")
    void noSecretInTheLog() {
        var planted = new ArrayList<String>();
        var card = luhnValid16();
        var password = "Pl4nted-" + UUID.randomUUID();

        // the public form: a card, its security code and a password in the message
        var email = uniqueEmail();
        var message = "My card " + spaced(card) + " cvv 937, password: " + password;
        var ticket = Customers.submit(email, "ACCOUNT_ACCESS", "Sign-in problem", message);
        planted.add(password);
        // the confirmation token the customer followed, and the private key it led to
        var confirmation = Mailbox.link(Mailbox.to(email).get(0), "/confirm");
        planted.add(confirmation.replaceAll(".*[?&]token=([^&]+).*", "$1"));
        planted.add(ticket.accessKey());

        // bodies the server refuses: malformed, oversized, wrong fields — still holding secrets
        var refusedPassword = "Pl4nted-" + UUID.randomUUID();
        Api.anonymous().post("api/tickets", "{\"message\":\"" + card + " password: " + refusedPassword + "\",\"x\":[");
        Api.anonymous().post("api/tickets", submission("N", "not-an-address", "NOPE", "", card + " password: " + refusedPassword));
        planted.add(refusedPassword);

        // a staff reply the guard refuses for its credential and card
        var replyPassword = "Pl4nted-" + UUID.randomUUID();
        var agent = StaffTokens.of(Staff.AGENT);
        var refused = agent.post("api/tickets/" + ticket.reference() + "/replies",
                "{\"body\":" + Api.quote("パスワード：" + replyPassword + " card " + card) + "}");
        assertThat(refused.status()).as("the guard refuses the reply").isEqualTo(422);
        planted.add(replyPassword);

        // wrong staff sign-ins: the typed password and a made-up name
        var wrongPassword = "Pl4nted-" + UUID.randomUUID();
        var madeUpName = "planted" + UUID.randomUUID().toString().substring(0, 8);
        Api.as("agent2", wrongPassword).get("api/me");
        Api.as(madeUpName, wrongPassword).get("api/me");
        planted.add(wrongPassword);
        planted.add(madeUpName);

        // tokens: an API token that worked, a forged one, and a reset link
        var issued = StaffTokens.issue(Staff.SUPERVISOR.api(), "log check");
        issued.api().get("api/me");
        // shaped like a real token (gd_ and 43 characters), so it reaches the lookup
        var forged = "gd_" + (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 43);
        Api.withToken(forged).get("api/me");
        planted.add(issued.token());
        planted.add(forged);
        var owner = Directory.put(Directory.unique("Log Check Owner", "ログチェック"));
        var own = Customers.submit(owner.email(), "ACCOUNT_ACCESS", "Reset please", "Please send a reset link.");
        var reset = ResetTokens.mail(Staff.SUPERVISOR.api(), own, owner);
        planted.add(reset);

        var log = serverLog();
        assertThat(log.contains("Database schema at version")).as("the check reads the server's log of this run").isTrue();
        var cards = new ArrayList<>(KNOWN_TEST_CARDS);
        cards.add(card);
        // named by their first characters only: a failure must not print the secret (nor the whole log) again
        assertThat(planted.stream().filter(log::contains).map(secret -> secret.substring(0, 6) + "…"))
                .as("planted secrets found in the server log").isEmpty();
        assertThat(cards.stream().filter(number -> cardPattern(number).matcher(log).find())
                .map(number -> number.substring(0, 4) + "…" + number.substring(12)))
                .as("card numbers found in the server log, in some grouping").isEmpty();
    }

    /** The log of this run: Payara writes it with --logtofile (as it-server.log.0) and rotates it beside itself. */
    private static String serverLog() {
        var logs = Deployments.serverLogFiles();
        assertThat(logs).as("server log files next to " + Deployments.serverLog()).isNotEmpty();
        var text = new StringBuilder();
        try {
            for (var log : logs) {
                // decoded leniently: a malformed byte becomes U+FFFD and cannot hide the secrets around it
                text.append(new String(Files.readAllBytes(log), StandardCharsets.UTF_8)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The digits with any run of separators between them, as a card is written in prose. */
    private static Pattern cardPattern(String digits) {
        return Pattern.compile(digits.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("[\\s\\-.\u3000]*")));
    }

    private static String spaced(String card) {
        return card.substring(0, 4) + " " + card.substring(4, 8) + " " + card.substring(8, 12) + " " + card.substring(12);
    }

    /** A fresh Visa-shaped number that passes Luhn, so the masker must take it. */
    static String luhnValid16() {
        var digits = new StringBuilder("4");
        for (int i = 0; i < 14; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int d = digits.charAt(14 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }
}
