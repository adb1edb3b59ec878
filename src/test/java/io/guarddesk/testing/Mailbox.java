package io.guarddesk.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) the deployed Guarddesk delivers to. One per test JVM, started
 * before the server boots; tests tell their mails apart by the recipient address, which each
 * test makes unique.
 */
public final class Mailbox {

    public static final int SMTP_PORT = Integer.getInteger("guarddesk.it.smtp-port", 18425);
    private static GreenMail server;

    private Mailbox() {
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Every mail received for {@code address} so far. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    /** Every mail received so far for an address at {@code domain}. */
    public static List<MimeMessage> toDomain(String domain) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipients(m).stream().anyMatch(a -> a.endsWith("@" + domain)))
                .toList();
    }

    /**
     * Whether the SMTP server was ever asked to deliver to {@code address}, also by a mail whose
     * headers do not name it (a Bcc: the sender drops that header and keeps the recipient).
     */
    public static boolean deliveredTo(String address) {
        return server.getUserManager().getUserByEmail(address) != null;
    }

    /** Waits (polling, bounded) until {@code count} mails for {@code address} arrived; answers them. */
    public static List<MimeMessage> await(String address, int count) {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var mails = to(address);
            if (mails.size() >= count) {
                return mails;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("expected " + count + " mail(s) to " + address + ", got " + to(address).size());
    }

    public static String text(MimeMessage mail) {
        return GreenMailUtil.getBody(mail);
    }

    /** The first link in the mail whose path starts with {@code path}, e.g. "/confirm". */
    public static String link(MimeMessage mail, String path) {
        var matcher = Pattern.compile("https?://[^\\s\"<>]+" + Pattern.quote(path) + "[^\\s\"<>]*").matcher(decoded(mail));
        if (!matcher.find()) {
            throw new AssertionError("no " + path + " link in mail: " + decoded(mail));
        }
        return matcher.group().replace("&amp;", "&");
    }

    /** The mail's whole text, transfer encodings undone. */
    public static String decoded(MimeMessage mail) {
        try {
            var content = mail.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                var text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(multipart.getBodyPart(i).getContent()).append('\n');
                }
                return text.toString();
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getAllRecipients()).map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress()).toList();
        } catch (Exception e) {
            return List.of();
        }
    }
}
