package io.guarddesk.testing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser adds to a request another site made it send, and what the desk's cross-site
 * guard must answer to it. Browsers set Origin and Sec-Fetch-Site themselves; a page cannot
 * forge or drop them, so they are what a refusal can rest on.
 */
public final class CrossSite {

    private CrossSite() {
    }

    /** Each way a cross-site request shows itself, by a name for the test report. */
    public static Map<String, Map<String, String>> requests() {
        var own = Deployments.baseUri();
        var headers = new LinkedHashMap<String, Map<String, String>>();
        headers.put("Origin: http://evil.example", Map.of("Origin", "http://evil.example"));
        headers.put("Sec-Fetch-Site: cross-site", Map.of("Sec-Fetch-Site", "cross-site"));
        // starts like our own origin: a prefix or "contains" check would let it through
        headers.put("Origin: " + own.getScheme() + "://" + own.getHost() + ":" + own.getPort() + ".evil.example",
                Map.of("Origin", own.getScheme() + "://" + own.getHost() + ":" + own.getPort() + ".evil.example"));
        // what a sandboxed frame or a data: page sends
        headers.put("Origin: null", Map.of("Origin", "null"));
        return headers;
    }

    /** What a browser sends with a form posted from one of our own pages. */
    public static Map<String, String> ownPage() {
        var own = Deployments.baseUri();
        return Map.of("Origin", own.getScheme() + "://" + own.getHost() + ":" + own.getPort(), "Sec-Fetch-Site", "same-origin");
    }

    /** The guard's answer: 403 with its sentence, before anything of the application ran. */
    public static void assertRefused(Api.Answer answer, String what) {
        assertThat(answer.status()).as(what + " must be refused by the cross-site guard: " + answer).isEqualTo(403);
        assertThat(answer.body()).as(what).contains("came from another site");
    }

    /**
     * A state-changing API call, ready to send: who sends it, the request, the status it gets
     * when it comes from our own pages (or a script), and a look at the state it changes.
     * {@code contentType} null means JSON.
     */
    public record Call(Api caller, String method, String path, String body, String contentType, int success, Supplier<Object> state) {

        public static Call json(Api caller, String method, String path, String body, int success, Supplier<Object> state) {
            return new Call(caller, method, path, body, null, success, state);
        }

        public Api.Answer send(Map<String, String> extraHeaders) {
            var headers = new HashMap<>(extraHeaders);
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return caller.send(method, path, body, headers);
        }
    }

    /**
     * Sent as every kind of cross-site request, {@code call} is refused each time and its state
     * stays as it was; sent as our own pages send it, it succeeds and (when {@code changes}) the
     * state moves, which proves the refused requests were valid calls that only the guard stopped.
     */
    public static void assertRefusedThenAccepted(String name, Call call, boolean changes) {
        var before = call.state().get();
        requests().forEach((how, headers) -> {
            assertRefused(call.send(headers), name + " with " + how);
            assertThat(call.state().get()).as(name + " with " + how + " must change nothing").isEqualTo(before);
        });
        var accepted = call.send(Map.of());
        assertThat(accepted.status()).as(name + " from our own site (proves the call was valid): " + accepted).isEqualTo(call.success());
        if (changes) {
            assertThat(call.state().get()).as(name + " from our own site changes what the refused calls did not").isNotEqualTo(before);
        }
    }
}
