package io.guarddesk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Headers every response carries, and the cross-site guard for state changes.
 *
 * <p>Scripts are governed by PrimeFaces' own nonce-based policy on pages; this policy adds the
 * rest (no plugins, no framing, forms post only here, no foreign base URL). Two policies in
 * one response both apply, so neither can loosen the other. Inline styles stay allowed:
 * PrimeFaces components set them and they cannot run code.
 *
 * <p>A request that changes state (anything but GET/HEAD/OPTIONS) from another site is refused
 * before it reaches the application, whether or not the session cookie came along; JSF's view
 * state and the cookie-free API are the other two locks on that door.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    static final String PAGE_POLICY = "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'; "
            + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        if (refusedAsCrossSite(request, response)) {
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Answers 403 to a state change from another site and says so. Public because the
     * authentication mechanism runs before any filter: it asks first, so a cross-site request
     * never reaches a password check (no sign-in entry, no failed attempt counted).
     */
    public static boolean refusedAsCrossSite(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || !crossSite(request)) {
            return false;
        }
        response.setStatus(403);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Refused: this request came from another site. Open Guarddesk directly and try again.");
        return true;
    }

    /**
     * The headers, for every response. Public because the authentication mechanism answers
     * some requests (401, redirect to sign-in) before any filter runs.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", path.startsWith("/api/") ? API_POLICY : PAGE_POLICY);
        if (!path.startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Browsers say where a request came from; a missing header (e.g. curl) is not cross-site. */
    static boolean crossSite(HttpServletRequest request) {
        var fetchSite = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equals(fetchSite)) {
            return true;
        }
        var origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        var own = request.getScheme() + "://" + request.getServerName()
                + (isDefaultPort(request) ? "" : ":" + request.getServerPort());
        return !origin.equalsIgnoreCase(own) && !"same-origin".equals(fetchSite);
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        int port = request.getServerPort();
        return ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
    }
}
