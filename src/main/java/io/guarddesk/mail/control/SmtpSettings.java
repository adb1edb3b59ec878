package io.guarddesk.mail.control;

import java.time.Duration;
import java.util.Optional;

/** Where and how to reach the mail server; {@code from} is the sender as one RFC 5322 address. */
public record SmtpSettings(String host, int port, Optional<String> user, Optional<String> password, boolean starttls,
                           String from, Duration timeout) {

    @Override
    public String toString() {
        // the password never reaches a log line, not even through a debugger's toString
        return "SmtpSettings[" + host + ":" + port + ", user=" + user.orElse("-") + ", starttls=" + starttls + "]";
    }
}
