package io.guarddesk.incidents.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An incident's number as people say it on a call with the regulator or the privacy officer:
 * {@code INC-2026-0042}, the year of opening in the desk's zone and a running number within that
 * year. Unlike a ticket reference it need not be unguessable: incidents are for supervisors only,
 * and an unknown or foreign number answers exactly like a missing one.
 */
public record IncidentReference(String value) {

    private static final Pattern CANONICAL = Pattern.compile("INC-[0-9]{4}-[0-9]{4,6}");
    private static final Pattern TYPED = Pattern.compile("INC-?([0-9]{4})-?([0-9]{1,6})");

    public IncidentReference {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("not a canonical incident reference");
        }
    }

    public static IncidentReference of(int year, int number) {
        return new IncidentReference(String.format(Locale.ROOT, "INC-%04d-%04d", year, number));
    }

    /** Reads what a person typed: case, full-width characters, spaces and a missing dash are forgiven. */
    public static Optional<IncidentReference> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        var text = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[\\s\u2010-\u2015\u2212\u30FC]", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        var matcher = TYPED.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    @Override
    public String toString() {
        return value;
    }
}
