package io.guarddesk.mail.control;

import jakarta.mail.internet.AddressException;

import java.util.Locale;
import java.util.Optional;

/**
 * A recipient as the outbox stores it: one bare address (no display name, no list), lower case
 * as the tickets store requesters, so suppressions and per-address counts match however the
 * caller spelled it.
 */
public final class Recipients {

    static final int MAX_ADDRESS = 254;

    private Recipients() {
    }

    public static Optional<String> normalised(String address) {
        if (address == null || address.isBlank() || address.strip().length() > MAX_ADDRESS
                || address.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c) && c != ' ')) {
            return Optional.empty();
        }
        try {
            var parsed = MimeMail.address(address.strip());
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(address.strip())) {
                return Optional.empty();
            }
            return Optional.of(parsed.getAddress().toLowerCase(Locale.ROOT));
        } catch (AddressException e) {
            return Optional.empty();
        }
    }
}
