package io.guarddesk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Refuses a body over 1 MiB before anything reads it (R7.3), with an answer in the caller's
 * terms: JSON on the API, a sentence elsewhere. A body sent without a length is cut off at the
 * same size while it is read (the API then answers 400). The listener's own, larger limit in
 * the pre-boot commands is only a backstop.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestSizeFilter extends HttpFilter {

    static final long MAX_BODY = 1024 * 1024;
    /** Directory files are bigger than any message: 15 MiB, under the listener's own 16 MiB. */
    static final long MAX_IMPORT = 15L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var limit = path.equals("/api/accounts/import") || path.startsWith("/admin/accounts") ? MAX_IMPORT : MAX_BODY;
        if (request.getContentLengthLong() > limit) {
            drain(request);
            response.setStatus(413);
            if (path.startsWith("/api/")) {
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"status\":413,\"error\":\"Payload Too Large\",\"message\":"
                        + "\"The request body is larger than " + limit / (1024 * 1024) + " MiB. Send less; attachments are not accepted here.\",\"fieldErrors\":[]}");
            } else {
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("The request is larger than " + limit / (1024 * 1024) + " MiB. Please send less and try again.");
            }
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedBody(request, limit) : request, response);
    }

    /**
     * Reads the refused body away, so that the client, still sending it, sees our answer instead
     * of a connection reset. Bounded by the listener's own limit.
     */
    private static void drain(HttpServletRequest request) throws IOException {
        var body = request.getInputStream();
        var buffer = new byte[64 * 1024];
        while (body.read(buffer) >= 0) {
            // discard
        }
    }

    /** A request whose body stops being readable after its limit. */
    static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            var body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = body.read();
                    if (b >= 0 && ++read > limit) {
                        throw new IOException("request body larger than " + limit + " bytes");
                    }
                    return b;
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
