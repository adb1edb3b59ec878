package io.guarddesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking, for rate limits. Behind a reverse proxy every request comes from the proxy, so
 * {@code X-Forwarded-For} is believed, but only from the proxies named in
 * {@code GUARDDESK_TRUSTED_PROXIES}. An IPv6 client is keyed by its /64: one subscriber gets a
 * whole /64 and could otherwise rotate addresses past any limit.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "guarddesk.trusted-proxies")
    Optional<String> trustedProxies;

    public String of(HttpServletRequest request) {
        var trusted = trusted();
        var client = request.getRemoteAddr();
        var forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && trusted.contains(client)) {
            var hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
            for (int i = hops.size() - 1; i >= 0; i--) {
                client = hops.get(i);
                if (!trusted.contains(client)) {
                    break;
                }
            }
        }
        return key(client);
    }

    private Set<String> trusted() {
        return Arrays.stream(trustedProxies.orElse("").split(","))
                .map(String::strip)
                .filter(proxy -> !proxy.isEmpty())
                .collect(Collectors.toSet());
    }

    /** The address itself, or its /64 network for IPv6; never a DNS look-up. */
    static String key(String address) {
        if (address == null || !address.contains(":")) {
            return String.valueOf(address);
        }
        try {
            var parsed = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1) : address);
            if (parsed instanceof Inet6Address) {
                return HexFormat.of().formatHex(Arrays.copyOf(parsed.getAddress(), 8)) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
