package io.guarddesk.staff.boundary;

import io.guarddesk.platform.DatabaseUnavailable;
import io.guarddesk.platform.Failures;
import io.guarddesk.platform.rest.UnexpectedExceptionMapper;
import io.guarddesk.platform.web.FailurePage;
import io.guarddesk.platform.web.SecurityHeadersFilter;
import io.guarddesk.staff.control.SessionLimits;
import io.guarddesk.staff.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Two ways in, kept apart on purpose:
 * <ul>
 * <li>{@code /api/*}: HTTP Basic or a personal API token on every request; the session cookie is
 *     ignored there, so a cross-site request riding on a signed-in browser carries no
 *     identity (no CSRF on the API);</li>
 * <li>pages: a form sign-in that renews the session id (no session fixation) and keeps the
 *     signed-in staff member in the session until it is idle or old (SessionLimits); a
 *     protected page without one redirects to the sign-in page.</li>
 * </ul>
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = "guarddesk.staff";
    /** When the session last served a request; an attribute of its own so a write replicates the small value only. */
    private static final Logger LOG = Logger.getLogger(StaffAuthenticationMechanism.class.getName());
    static final String LAST_USED_KEY = "guarddesk.staff.lastUsed";
    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ApiTokens apiTokens;

    @Inject
    SignInLimits signInLimits;

    @Inject
    SessionSettings sessionSettings;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeadersFilter.apply(request, response);
        if (refusedAsCrossSite(request, response)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        try {
            if (isApi(request)) {
                return api(request, response, context);
            }
            return page(request, context);
        } catch (RuntimeException e) {
            // tokens and sign-ins are read from the database: an outage answers 503 here, before
            // the JAX-RS mapper or the error page could, instead of the container's bare 500
            if (!DatabaseUnavailable.causedIt(e)) {
                throw e;
            }
            return unavailable(request, response, e);
        }
    }

    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response, RuntimeException e) {
        LOG.warning(() -> "Database unreachable, sign-in answered 503: " + Failures.describe(e));
        try {
            if (isApi(request)) {
                response.setStatus(503);
                response.setHeader("Retry-After", Integer.toString(UnexpectedExceptionMapper.RETRY_AFTER_SECONDS));
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"status\":503,\"error\":\"Service Unavailable\",\"message\":\""
                        + UnexpectedExceptionMapper.UNAVAILABLE + "\",\"fieldErrors\":[]}");
            } else {
                FailurePage.writeUnavailable(request, response);
            }
        } catch (IOException gone) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.doNothing();
        }
        if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return apiTokens.authenticate(header.substring(BEARER.length()).trim())
                    .map(staff -> context.notifyContainerAboutLogin(staff.getUsername(), groups(staff.getRoles())))
                    .orElseGet(() -> unauthorized(response, "The API token is unknown or revoked."));
        }
        if (header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            var credential = basicCredential(header.substring(BASIC.length()).trim());
            if (credential == null) {
                return unauthorized(response, "The Basic credentials are not valid base64 of name:password.");
            }
            if (!signInLimits.allows(request)) {
                return tooMany(response);
            }
            var result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            signInLimits.failed(request);
            return unauthorized(response, "Wrong name or password, or sign-in paused after repeated failures.");
        }
        return unauthorized(response, "Use Authorization: Basic or Bearer.");
    }

    private AuthenticationStatus page(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            if (!signInLimits.allows(request)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            var result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                signInLimits.failed(request);
                return AuthenticationStatus.SEND_FAILURE;
            }
            // A new session id at the moment of sign-in: an id planted before it is worthless.
            request.getSession(true);
            request.changeSessionId();
            var session = request.getSession();
            var now = clock.instant();
            session.setMaxInactiveInterval((int) sessionSettings.limits().idle().toSeconds());
            session.setAttribute(SESSION_KEY, new SignedInStaff(
                    result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()), now));
            session.setAttribute(LAST_USED_KEY, now);
            return context.notifyContainerAboutLogin(result);
        }
        var signedIn = signedInStaff(request);
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + "/login?next="
                    + URLEncoder.encode(pathOf(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /**
     * The staff member this session belongs to, or null; a session past its idle or absolute
     * limit is ended here, so the request goes on as a signed-out one (to the sign-in page).
     */
    private SignedInStaff signedInStaff(HttpServletRequest request) {
        var session = request.getSession(false);
        var signedIn = session == null ? null : (SignedInStaff) session.getAttribute(SESSION_KEY);
        if (signedIn == null) {
            return null;
        }
        var now = clock.instant();
        var lastUsed = (Instant) session.getAttribute(LAST_USED_KEY);
        var expiry = sessionSettings.limits().expiry(signedIn.signedInAt(), lastUsed == null ? signedIn.signedInAt() : lastUsed, now);
        if (expiry != SessionLimits.Expiry.NONE) {
            session.invalidate();
            return null;
        }
        session.setAttribute(LAST_USED_KEY, now);
        return signedIn;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static boolean refusedAsCrossSite(HttpServletRequest request, HttpServletResponse response) {
        try {
            return SecurityHeadersFilter.refusedAsCrossSite(request, response);
        } catch (IOException e) {
            return true; // the client went away; nothing of it goes further either
        }
    }

    static boolean isApi(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String pathOf(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }

    private static UsernamePasswordCredential basicCredential(String encoded) {
        try {
            var decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A JSON 401 with a challenge, written here so no container error page replaces it. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Guarddesk\", Bearer realm=\"Guarddesk\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\""
                    + message + "\",\"fieldErrors\":[]}");
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus tooMany(HttpServletResponse response) {
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":429,\"error\":\"Too Many Requests\",\"message\":"
                    + "\"Too many failed sign-ins from your address. Try again later, or use a personal API token.\",\"fieldErrors\":[]}");
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Serializable, so sessions can move between clustered instances. */
    record SignedInStaff(String username, Set<String> groups, Instant signedInAt) implements java.io.Serializable {
    }
}
