package io.guarddesk.tickets.entity;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A ticket's reference number, e.g. {@code GD-7K3M9-QXT4H-CA2BZ}: 75 bits from the CSPRNG in
 * Crockford base32 (no I, L, O, U), so it can be read over the phone and cannot be guessed or
 * enumerated. Parsing forgives case, spaces, missing dashes and the usual misreadings.
 */
public record Reference(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 5;
    private static final Pattern CANONICAL = Pattern.compile("GD-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public Reference {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("not a canonical reference number");
        }
    }

    public static Reference random() {
        var text = new StringBuilder("GD");
        for (int group = 0; group < GROUPS; group++) {
            text.append('-');
            for (int i = 0; i < GROUP_LENGTH; i++) {
                text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return new Reference(text.toString());
    }

    /** Reads what a person typed or said; empty when it cannot be a reference number. */
    public static Optional<Reference> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        var symbols = new StringBuilder();
        var normalised = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        for (char c : normalised.toCharArray()) {
            switch (c) {
                case ' ', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\u30FC', '\uFF0D' -> { }
                case 'O' -> symbols.append('0');
                case 'I', 'L' -> symbols.append('1');
                default -> symbols.append(c);
            }
        }
        var body = symbols.toString();
        if (body.length() == GROUPS * GROUP_LENGTH + 2 && body.startsWith("GD")) {
            body = body.substring(2);
        }
        if (body.length() != GROUPS * GROUP_LENGTH || !body.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new Reference("GD-" + body.substring(0, 5) + "-" + body.substring(5, 10) + "-" + body.substring(10)));
    }

    @Override
    public String toString() {
        return value;
    }
}
