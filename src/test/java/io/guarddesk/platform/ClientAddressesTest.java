package io.guarddesk.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    private static ClientAddresses trusting(String proxies) {
        var addresses = new ClientAddresses();
        addresses.trustedProxies = Optional.ofNullable(proxies);
        return addresses;
    }

    private static HttpServletRequest request(String remote, String forwardedFor) {
        Map<String, String> headers = forwardedFor == null ? Map.of() : Map.of("X-Forwarded-For", forwardedFor);
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressesTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> null;
                });
    }

    @Test
    @DisplayName("R1.2 X-Forwarded-For is ignored unless the request comes from a trusted proxy")
    void untrustedForwardedForIgnored() {
        assertThat(trusting(null).of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(trusting("10.0.0.1").of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    @DisplayName("R1.2 behind trusted proxies the client is the nearest address that is not a proxy")
    void trustedProxyChain() {
        var addresses = trusting("10.0.0.1, 10.0.0.2");
        assertThat(addresses.of(request("10.0.0.1", "198.51.100.9, 203.0.113.5, 10.0.0.2"))).isEqualTo("203.0.113.5");
    }

    @Test
    @DisplayName("R1.2 IPv6 clients are keyed by their /64, so rotating addresses inside it does not escape a limit")
    void ipv6KeyedByNetwork() {
        var addresses = trusting(null);
        var one = addresses.of(request("2001:db8:1:2:aaaa::1", null));
        var other = addresses.of(request("2001:db8:1:2:bbbb::9", null));
        var elsewhere = addresses.of(request("2001:db8:1:3::1", null));

        assertThat(one).isEqualTo(other).endsWith("/64");
        assertThat(elsewhere).isNotEqualTo(one);
    }
}
