package io.guarddesk.mail.boundary;

import io.guarddesk.platform.DeskException;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The guard refused a mail (R2.4). Rolls back the change that caused it: a mail that may not go
 * out must not leave a change behind that claims it did.
 */
public class MailRefusedException extends DeskException {

    private final transient List<String> kinds;

    public MailRefusedException(String what) {
        this(what, List.of());
    }

    /** @param kinds the names of the guard's finding kinds (ACCOUNT_NUMBER …), for a page to name them in its language */
    public MailRefusedException(List<String> kinds) {
        this(kinds.stream().map(k -> k.toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", ")), kinds);
    }

    private MailRefusedException(String what, List<String> kinds) {
        super(Kind.REFUSED, "The mail was not sent: it contained " + what + ", which may not go to this address.");
        this.kinds = List.copyOf(kinds);
    }

    public List<String> kinds() {
        return kinds;
    }
}
