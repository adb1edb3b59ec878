package io.guarddesk.mail.control;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;

import java.util.regex.Pattern;

/**
 * Reads a failed send: a 5xx reply is permanent (bounced, never retried), a 4xx reply or no reply
 * at all (connection refused, timeout) is temporary. Jakarta Mail's SMTP exceptions carry the
 * server's reply as their message, possibly nested; only the reply line is kept, never a body
 * (R4.3).
 */
public final class SmtpReplies {

    private static final Pattern REPLY = Pattern.compile("^\\s*([45])\\d\\d[ -].*", Pattern.DOTALL);
    private static final int MAX_DEPTH = 10;

    private SmtpReplies() {
    }

    public static SendResult classify(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException) {
            // our credentials, not the recipient: keep the mail until the configuration is fixed
            return new SendResult.RetryLater("authentication with the mail server failed");
        }
        if (failure instanceof AddressException) {
            return new SendResult.Bounced("invalid address");
        }
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
            var message = cause.getMessage();
            var reply = message == null ? null : REPLY.matcher(message);
            if (reply != null && reply.matches()) {
                var line = message.strip().lines().findFirst().orElse("");
                return reply.group(1).equals("5") ? new SendResult.Bounced(line) : new SendResult.RetryLater(line);
            }
            cause = next(cause);
        }
        return new SendResult.RetryLater("no reply from the mail server: " + failure.getClass().getSimpleName()
                + (root(failure) == failure ? "" : " / " + root(failure).getClass().getSimpleName()));
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; next(root) != null && depth < MAX_DEPTH; depth++) {
            root = next(root);
        }
        return root;
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return cause.getCause();
    }
}
