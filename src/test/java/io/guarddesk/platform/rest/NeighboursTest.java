package io.guarddesk.platform.rest;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.PageSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The probes' own arithmetic, without a server: a probe that is not what it claims finds nothing and proves nothing. */
class NeighboursTest {

    @Test
    @DisplayName("R1.8 reference neighbours: distinct, one or two random symbols changed, all canonical, never the real one")
    void referenceNeighbours() {
        var real = "GD-7K3M9-QXT4H-CA2BZ";

        var near = NeighbourProbeChecks.neighbours(real, NeighbourProbeChecks.REFERENCE_SYMBOLS, NeighbourProbeChecks.CROCKFORD, 2_000);

        assertThat(near).hasSize(2_000).doesNotHaveDuplicates().doesNotContain(real)
                .allMatch(n -> n.matches("GD-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"))
                .allMatch(n -> differences(real, n) >= 1 && differences(real, n) <= 2);
        assertThat(near.stream().filter(n -> differences(real, n) == 1)).as("every one-symbol change").hasSize(15 * 31);
    }

    @Test
    @DisplayName("R1.1 key neighbours keep the shape of a key, so the server looks each one up")
    void keyNeighbours() {
        var real = CustomerLinkChecks.missingKey();

        var near = NeighbourProbeChecks.neighbours(real, IntStream.range(0, 43).boxed().toList(), NeighbourProbeChecks.BASE64URL, 4_000);

        assertThat(near).hasSize(4_000).doesNotHaveDuplicates().doesNotContain(real)
                .allMatch(n -> n.matches("[A-Za-z0-9_-]{43}")).allMatch(n -> differences(real, n) <= 2);
    }

    @Test
    @DisplayName("R7.3 numeric neighbours: around the id, from 1 up, without the prober's own")
    void numericNeighbours() {
        assertThat(NeighbourProbeChecks.around(1_000, 800, Set.of(1_000L))).hasSize(800).doesNotContain("1000")
                .contains("600", "1400").doesNotContain("599");
        assertThat(NeighbourProbeChecks.around(10, 800, Set.of())).hasSize(800).startsWith("1");
        assertThat(Targets.missingReference()).matches("GD-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
    }

    @Test
    @DisplayName("pages compare without view state, nonces and the echoed id, but with everything else")
    void pagesCompare() {
        var one = page("-1234:5678", "abcNONCE1", "GD-AAAAA-AAAAA-AAAAA", "Not found");
        var two = page("-9876:5432", "xyzNONCE2", "GD-BBBBB-BBBBB-BBBBB", "Not found");
        var other = page("-9876:5432", "xyzNONCE2", "GD-BBBBB-BBBBB-BBBBB", "Invoice amount");

        assertThat(PageSession.comparable(one, "GD-AAAAA-AAAAA-AAAAA")).isEqualTo(PageSession.comparable(two, "GD-BBBBB-BBBBB-BBBBB"));
        assertThat(PageSession.comparable(other, "GD-BBBBB-BBBBB-BBBBB")).isNotEqualTo(PageSession.comparable(one, "GD-AAAAA-AAAAA-AAAAA"));
        var shortId = new Api.Answer(302, "<link href=\"/x.css?ln=primefaces&amp;v=14.0.57\"/>",
                Map.of("Location", List.of("http://localhost/login?next=%2Fadmin%2Fmail%3Fid%3D57")));
        assertThat(PageSession.comparable(shortId, "57")).as("a short id is replaced only where it is the parameter's value")
                .isEqualTo("302\nhttp://localhost/login?next=%2Fadmin%2Fmail%3Fid%3D{id}\n<link href=\"/x.css?ln=primefaces&amp;v=14.0.57\"/>");
    }

    private static Api.Answer page(String viewState, String nonce, String reference, String text) {
        return new Api.Answer(404, "<script nonce=\"" + nonce + "\">PrimeFaces.csp.init('" + nonce + "');</script>"
                + "<a href=\"/agent/ticket?ref=" + reference + "&amp;lang=ja\">日本語</a><span class=\"gd-count\">3</span><p>" + text
                + "</p><input type=\"hidden\" name=\"jakarta.faces.ViewState\" id=\"j_id1:jakarta.faces.ViewState:0\" value=\""
                + viewState + "\" autocomplete=\"off\" />", Map.of());
    }

    private static long differences(String a, String b) {
        return IntStream.range(0, a.length()).filter(i -> a.charAt(i) != b.charAt(i)).count();
    }
}
