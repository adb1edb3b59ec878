package io.guarddesk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersFilterTest {

    /** A request as the container would present it; only what the filter reads is answered. */
    private static HttpServletRequest request(String method, String scheme, String host, int port, Map<String, String> headers) {
        var byName = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        return (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getHeader" -> byName.get((String) args[0]);
                    case "getMethod" -> method;
                    case "getScheme" -> scheme;
                    case "getServerName" -> host;
                    case "getServerPort" -> port;
                    case "getRequestURI" -> "/ticket";
                    case "getContextPath" -> "";
                    case "toString" -> method + " " + scheme + "://" + host + ":" + port + " " + byName;
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }

    private static HttpServletRequest post(String scheme, String host, int port, Map<String, String> headers) {
        return request("POST", scheme, host, port, headers);
    }

    /** What the filter did to the response. */
    private static final class Recorded {
        final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final StringWriter body = new StringWriter();
        int status = 200;
        boolean passedOn;

        HttpServletResponse response() {
            var writer = new PrintWriter(body);
            return (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
                    new Class<?>[]{HttpServletResponse.class}, (proxy, called, args) -> switch (called.getName()) {
                        case "setHeader" -> { headers.put((String) args[0], (String) args[1]); yield null; }
                        case "setStatus" -> { status = (int) args[0]; yield null; }
                        case "setContentType" -> null;
                        case "getWriter" -> writer;
                        default -> throw new UnsupportedOperationException(called.getName());
                    });
        }

        FilterChain chain() {
            return (request, response) -> passedOn = true;
        }
    }

    @Test
    @DisplayName("R7.3 Sec-Fetch-Site: cross-site is cross-site")
    void secFetchSiteCrossSite() {
        assertThat(SecurityHeadersFilter.crossSite(post("https", "desk.example", 443,
                Map.of("Sec-Fetch-Site", "cross-site")))).isTrue();
    }

    @Test
    @DisplayName("R7.3 Sec-Fetch-Site: cross-site wins even when the Origin claims to be ours")
    void secFetchSiteCrossSiteBeatsOrigin() {
        assertThat(SecurityHeadersFilter.crossSite(post("https", "desk.example", 443,
                Map.of("Sec-Fetch-Site", "cross-site", "Origin", "https://desk.example")))).isTrue();
    }

    @Test
    @DisplayName("R7.3 an Origin of another host is cross-site")
    void foreignOrigin() {
        assertThat(SecurityHeadersFilter.crossSite(post("https", "desk.example", 443,
                Map.of("Origin", "https://evil.example")))).isTrue();
    }

    @Test
    @DisplayName("R7.3 an Origin that only starts like ours is cross-site")
    void lookAlikeOrigin() {
        assertThat(SecurityHeadersFilter.crossSite(post("https", "desk.example", 443,
                Map.of("Origin", "https://desk.example.evil.example")))).isTrue();
    }

    @Test
    @DisplayName("R7.3 an Origin with another scheme or port is cross-site")
    void otherSchemeOrPort() {
        assertThat(SecurityHeadersFilter.crossSite(post("https", "desk.example", 443,
                Map.of("Origin", "http://desk.example")))).isTrue();
        assertThat(SecurityHeadersFilter.crossSite(post("http", "localhost", 8480,
                Map.of("Origin", "http://localhost:9999")))).isTrue();
    }

    @Test
    @DisplayName("R7.3 our own origin (scheme://host, default port omitted) is not cross-site")
    void sameOriginDefaultPort() {
        assertThat(SecurityHeadersFilter.crossSite(post("https", "desk.example", 443,
                Map.of("Origin", "https://desk.example", "Sec-Fetch-Site", "same-origin")))).isFalse();
        assertThat(SecurityHeadersFilter.crossSite(post("http", "desk.example", 80,
                Map.of("Origin", "http://desk.example")))).isFalse();
    }

    @Test
    @DisplayName("R7.3 our own origin (scheme://host:port) is not cross-site")
    void sameOriginExplicitPort() {
        assertThat(SecurityHeadersFilter.crossSite(post("http", "localhost", 8480,
                Map.of("Origin", "http://localhost:8480")))).isFalse();
    }

    @Test
    @DisplayName("R7.3 no Origin and no Sec-Fetch-Site (e.g. curl) is not cross-site")
    void noHeaders() {
        assertThat(SecurityHeadersFilter.crossSite(post("https", "desk.example", 443, Map.of()))).isFalse();
    }

    @Test
    @DisplayName("R7.3 Origin \"null\" (sandboxed frame, data: URL) is cross-site")
    void nullOrigin() {
        assertThat(SecurityHeadersFilter.crossSite(post("https", "desk.example", 443,
                Map.of("Origin", "null")))).isTrue();
    }

    @Test
    @DisplayName("R7.3 a cross-site POST is refused with 403 before it reaches the application")
    void crossSitePostIsRefused() throws Exception {
        var recorded = new Recorded();

        new SecurityHeadersFilter().doFilter(post("https", "desk.example", 443,
                Map.of("Origin", "https://evil.example")), recorded.response(), recorded.chain());

        assertThat(recorded.status).isEqualTo(403);
        assertThat(recorded.passedOn).isFalse();
        assertThat(recorded.body.toString()).contains("another site");
    }

    @Test
    @DisplayName("R7.3 a cross-site GET passes (it changes nothing) and still gets the security headers")
    void crossSiteGetPasses() throws Exception {
        var recorded = new Recorded();

        new SecurityHeadersFilter().doFilter(request("GET", "https", "desk.example", 443,
                Map.of("Sec-Fetch-Site", "cross-site")), recorded.response(), recorded.chain());

        assertThat(recorded.passedOn).isTrue();
        assertThat(recorded.status).isEqualTo(200);
        assertThat(recorded.headers)
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Cache-Control", "no-store")
                .containsKey("Content-Security-Policy");
        assertThat(recorded.headers.get("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    @DisplayName("R7.3 a same-origin POST passes")
    void sameOriginPostPasses() throws Exception {
        var recorded = new Recorded();

        new SecurityHeadersFilter().doFilter(post("https", "desk.example", 443,
                Map.of("Origin", "https://desk.example", "Sec-Fetch-Site", "same-origin")), recorded.response(), recorded.chain());

        assertThat(recorded.passedOn).isTrue();
        assertThat(recorded.status).isEqualTo(200);
    }
}
