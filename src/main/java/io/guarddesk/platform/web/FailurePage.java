package io.guarddesk.platform.web;

import io.guarddesk.platform.DatabaseUnavailable;
import io.guarddesk.platform.Failures;
import io.guarddesk.platform.Texts;
import io.guarddesk.platform.rest.UnexpectedExceptionMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where a page's uncaught failure lands (web.xml's default error page). A database outage gets a
 * 503 page with Retry-After, written here from the bundles alone: the Faces layout reads the
 * database itself (the notices count), so it would fail again. Anything else goes on to the
 * generic 500 page as before.
 */
@WebServlet("/errorpages/failure")
public class FailurePage extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(FailurePage.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        var failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure == null || !DatabaseUnavailable.causedIt(failure)) {
            request.getRequestDispatcher("/errorpages/500.xhtml").forward(request, response);
            return;
        }
        LOG.log(Level.WARNING, "Database unreachable, page answered 503: " + Failures.describe(failure));
        writeUnavailable(request, response);
    }

    /** The 503 page, from the bundles alone; also written by the sign-in mechanism, which runs before any servlet. */
    public static void writeUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = "ja".equals(request.getLocale().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(UnexpectedExceptionMapper.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        var title = Encode.forHtml(Texts.of(locale, "error.503.title"));
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " · Guarddesk</title></head><body><main class=\"gd-card\">"
                + "<h1>" + title + "</h1><p>" + Encode.forHtml(Texts.of(locale, "error.503.text")) + "</p>"
                + "<p><a href=\"" + Encode.forHtmlAttribute(request.getContextPath() + "/") + "\">"
                + Encode.forHtml(Texts.of(locale, "error.home")) + "</a></p></main></body></html>");
    }
}
