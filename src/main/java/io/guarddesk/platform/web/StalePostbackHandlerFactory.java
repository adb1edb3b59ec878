package io.guarddesk.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A form posted without the page's script nonce (a stale tab, disabled scripts, a scripted
 * client) fails PrimeFaces' CSP check. Instead of a 500 and a stack trace per request, the
 * browser is sent back to the page with a fresh GET: nothing was changed, the user sees the
 * page again and can repeat the action.
 */
public class StalePostbackHandlerFactory extends ExceptionHandlerFactory {

    public StalePostbackHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            var events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                if (causedByCsp(events.next().getContext().getException())) {
                    events.remove();
                    reload();
                }
            }
            getWrapped().handle();
        }

        private static boolean causedByCsp(Throwable failure) {
            for (var cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof CspException) {
                    return true;
                }
            }
            return false;
        }

        private static void reload() {
            var context = FacesContext.getCurrentInstance();
            var external = context.getExternalContext();
            if (context.getResponseComplete() || external.isResponseCommitted()) {
                return;
            }
            var request = (HttpServletRequest) external.getRequest();
            var target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            try {
                external.redirect(target);
                context.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
