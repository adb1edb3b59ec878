package io.guarddesk.incidents.control;

import io.guarddesk.incidents.entity.IncidentFacts;
import io.guarddesk.incidents.entity.LeakedData;
import io.guarddesk.platform.CleanTextValidator;
import io.guarddesk.platform.DeskException.FieldError;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.Texts;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns a form into facts or refuses it, naming every field at fault in the caller's language.
 * The deadlines are only as right as these facts, so nothing is guessed: a missing field is an
 * error, except the two yes/no facts (see {@link Defaults}).
 */
public final class FactsCheck {

    static final int MAX_TITLE = 200;
    /** More than Japan's population: a larger figure is a typo, not a leak. */
    static final int MAX_PEOPLE = 200_000_000;
    /** A browser or API client whose clock is slightly ahead may say "now" a little in our future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** Catches years typed wrong (0226, 1926); no incident of this desk predates it. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private FactsCheck() {
    }

    /**
     * @param current what an absent {@code unauthorisedAccess} or {@code gdpr} means: for a new
     *                incident "not suspected" and the configured GDPR default, for a change the
     *                incident's present value
     */
    public static IncidentFacts check(IncidentForm form, Instant now, Defaults current, Locale locale) {
        var errors = new ArrayList<FieldError>();
        var title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            errors.add(error("title", "incidents.invalid.title.required", locale));
        } else if (title.length() > MAX_TITLE) {
            errors.add(error("title", "incidents.invalid.title.tooLong", locale, MAX_TITLE));
        } else if (!CleanTextValidator.isClean(title, false)) {
            errors.add(error("title", "incidents.invalid.title.unclean", locale));
        }
        var kinds = kinds(form.kinds(), errors, locale);
        if (form.people() == null || form.people() < 1 || form.people() > MAX_PEOPLE) {
            errors.add(error("people", "incidents.invalid.people", locale, MAX_PEOPLE));
        }
        var discovered = form.discoveredAt();
        if (discovered == null) {
            errors.add(error("discoveredAt", "incidents.invalid.discoveredAt.required", locale));
        } else if (discovered.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(error("discoveredAt", "incidents.invalid.discoveredAt.future", locale));
        } else if (discovered.isBefore(EARLIEST)) {
            errors.add(error("discoveredAt", "incidents.invalid.discoveredAt.tooEarly", locale));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new IncidentFacts(title, kinds, form.people(), discovered,
                form.unauthorisedAccess() == null ? current.unauthorisedAccess() : form.unauthorisedAccess(),
                form.gdpr() == null ? current.gdpr() : form.gdpr());
    }

    /** The values of the two yes/no facts when a form leaves them out. */
    public record Defaults(boolean unauthorisedAccess, boolean gdpr) {
    }

    private static EnumSet<LeakedData> kinds(List<String> names, List<FieldError> errors, Locale locale) {
        var kinds = EnumSet.noneOf(LeakedData.class);
        if (names == null || names.isEmpty()) {
            errors.add(error("kinds", "incidents.invalid.kinds.required", locale));
            return kinds;
        }
        for (var name : names) {
            var kind = name == null ? null : Arrays.stream(LeakedData.values())
                    .filter(k -> k.name().equalsIgnoreCase(name.strip())).findFirst().orElse(null);
            if (kind == null) {
                errors.add(error("kinds", "incidents.invalid.kinds.unknown", locale,
                        Arrays.stream(LeakedData.values()).map(Enum::name).collect(Collectors.joining(", "))));
                return kinds;
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private static FieldError error(String field, String key, Locale locale, Object... arguments) {
        var text = Texts.of(locale, key);
        return new FieldError(field, arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments));
    }
}
