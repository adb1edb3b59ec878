package io.guarddesk.platform.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} / {@code @PermitAll} on every resource method, failing closed:
 * a method that declares neither is refused to everyone. Anonymous callers get 401 with a
 * challenge, signed-in callers without the role 403.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        var method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        if (declares(method, PermitAll.class)) {
            return;
        }
        var allowed = method.getAnnotation(RolesAllowed.class) != null ? method.getAnnotation(RolesAllowed.class)
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        if (allowed == null && declares(resource.getResourceClass(), PermitAll.class)) {
            return;
        }
        var security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(Response.fromResponse(ErrorResponses.json(ApiError.of(401, "Unauthorized",
                            WebApplicationExceptionMapper.hintFor(401))))
                    .header("WWW-Authenticate", "Basic realm=\"Guarddesk\", Bearer realm=\"Guarddesk\"")
                    .build());
            return;
        }
        if (allowed == null || Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(ErrorResponses.json(ApiError.of(403, "Forbidden", WebApplicationExceptionMapper.hintFor(403))));
        }
    }

    private static boolean declares(AnnotatedElement element, Class<? extends java.lang.annotation.Annotation> annotation) {
        return element.isAnnotationPresent(annotation);
    }
}
