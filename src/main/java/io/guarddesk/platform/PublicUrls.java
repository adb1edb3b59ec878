package io.guarddesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links for customers (confirmation, private ticket links in mail). Always the
 * configured address ({@code GUARDDESK_PUBLIC_URL}), never the request's Host header, so
 * nobody can make the desk mail links that point elsewhere.
 */
@ApplicationScoped
public class PublicUrls {

    @Inject
    @ConfigProperty(name = "guarddesk.public-url", defaultValue = "http://localhost:8480")
    String configured;

    public String base() {
        return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    public String ticketLink(String accessKey) {
        return base() + "/ticket?key=" + accessKey;
    }

    public String confirmationLink(String token) {
        return base() + "/confirm?token=" + token;
    }
}
