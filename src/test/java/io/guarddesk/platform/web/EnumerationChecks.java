package io.guarddesk.platform.web;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.FacesClient;
import io.guarddesk.testing.NewStaff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.guarddesk.testing.Customers.submission;
import static io.guarddesk.testing.Customers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No enumeration by message or timing (osTicket CVE-2026-26895): whether a staff name, or a
 * customer address with tickets, exists must show neither in what is answered nor in how long the
 * answer takes. Known and unknown are asked alternately, so the machine's load falls on both; the
 * medians must lie within a factor of two. That is coarse on purpose: a shortcut for unknown
 * names (no PBKDF2, ~150 ms) shows as a factor of ten or more, while a noisy 2-core machine can
 * move a median by tens of percent.
 */
public abstract class EnumerationChecks {

    private static final int ROUNDS = 5;

    @Test
    @DisplayName("R7.3 a wrong password for a real staff name and any password for an unknown name answer the same bytes in comparable time")
    void staffNames() {
        var real = NewStaff.create("AGENT");
        var known = new ArrayList<Long>();
        var unknown = new ArrayList<Long>();
        var answers = new ArrayList<Api.Answer>();
        // fewer than five failures for the real name: its back-off stays out of the picture
        for (int i = 0; i < ROUNDS - 1; i++) {
            answers.add(timed(known, () -> Api.as(real.username(), "wrong-" + UUID.randomUUID()).get("api/me")));
            answers.add(timed(unknown, () -> Api.as("nobody" + UUID.randomUUID().toString().substring(0, 8), "wrong").get("api/me")));
        }

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as("refused after checking, not rate-limited").isEqualTo(401);
            assertThat(answer.body()).isEqualTo(answers.get(0).body());
            assertThat(answer.headers().keySet()).isEqualTo(answers.get(0).headers().keySet());
        });
        assertComparable(known, unknown);
    }

    @Test
    @DisplayName("R1.7 asking for a portal sign-in link answers an address with tickets exactly as one without, in comparable time")
    void portalAddresses() {
        var withTickets = addressesWithTickets();
        var known = new ArrayList<Long>();
        var unknown = new ArrayList<Long>();
        var pages = new ArrayList<String>();
        for (var address : withTickets) {
            pages.add(timed(known, () -> requestPortalLink(address)));
            pages.add(timed(unknown, () -> requestPortalLink(uniqueEmail())));
        }

        assertThat(pages).allSatisfy(page -> assertThat(page).isEqualTo(pages.get(0)));
        assertComparable(known, unknown);
    }

    @Test
    @DisplayName("R1.2 the public form takes as long for an address with tickets as for a new one")
    void formAddresses() {
        var withTickets = addressesWithTickets();
        var known = new ArrayList<Long>();
        var unknown = new ArrayList<Long>();
        for (var address : withTickets) {
            var forKnown = timed(known, () -> Api.anonymous().post("api/tickets", submission("X", address, "GENERAL", "again", "m")));
            var forNew = timed(unknown, () -> Api.anonymous().post("api/tickets", submission("X", uniqueEmail(), "GENERAL", "again", "m")));
            assertThat(forKnown.status()).isEqualTo(202).isEqualTo(forNew.status());
        }
        assertComparable(known, unknown);
    }

    private static List<String> addressesWithTickets() {
        var addresses = new ArrayList<String>();
        for (int i = 0; i < ROUNDS; i++) {
            addresses.add(Customers.submit(uniqueEmail(), "GENERAL", "earlier", "m").email());
        }
        return addresses;
    }

    /** The page answered to a link request, without what differs on every page anyway (view state, nonces). */
    private static String requestPortalLink(String address) {
        var client = new FacesClient();
        var answer = client.post(client.form("portal/index", "portal-signin").set("email", address), "send-link", Map.of());
        var page = answer.status() == 302 ? client.follow(answer) : answer;
        assertThat(page.status()).isEqualTo(200);
        return answer.status() + " " + page.body()
                .replaceAll("value=\"[^\"]*\" autocomplete=\"off\"", "")
                .replaceAll("(?i)nonce=\"[^\"]*\"", "")
                .replaceAll("csp\\.init\\('[^']*'\\)", "")
                .replaceAll("(?i)(jakarta\\.faces\\.ViewState[^>]*value=\")[^\"]*", "$1")
                .replaceAll("\"[^\"]*\\.xhtml\\?[^\"]*\"", "\"\"")
                .replace(address, "ADDRESS");
    }

    private static <T> T timed(List<Long> into, Supplier<T> call) {
        long start = System.nanoTime();
        var result = call.get();
        into.add(System.nanoTime() - start);
        return result;
    }

    private static void assertComparable(List<Long> known, List<Long> unknown) {
        double ratio = (double) median(known) / median(unknown);
        assertThat(ratio).as("median time known %d ms / unknown %d ms", median(known) / 1_000_000, median(unknown) / 1_000_000)
                .isBetween(0.5, 2.0);
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
