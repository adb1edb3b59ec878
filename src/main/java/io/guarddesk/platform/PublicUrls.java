package io.guarddesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Absolute links for customers (private ticket links, later mail). Behind a proxy the request's
 * own host is not what customers see, so {@code GUARDDESK_PUBLIC_URL} wins when it is set.
 */
@ApplicationScoped
public class PublicUrls {

    @Inject
    @ConfigProperty(name = "guarddesk.public-url")
    Optional<String> configured;

    public String base(HttpServletRequest request) {
        return configured.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .orElseGet(() -> request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                        + request.getContextPath());
    }

    public String ticketLink(HttpServletRequest request, String accessKey) {
        return base(request) + "/ticket?key=" + accessKey;
    }
}
