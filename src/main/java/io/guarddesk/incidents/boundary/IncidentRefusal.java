package io.guarddesk.incidents.boundary;

import io.guarddesk.incidents.entity.Deadline;
import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.Texts;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every way the incidents feature says no, in the caller's language: REST maps the kind to a
 * status, pages show the message as it is.
 */
public class IncidentRefusal extends DeskException {

    private IncidentRefusal(Kind kind, String message) {
        super(kind, message);
    }

    /** No such incident, or the caller is not a supervisor: the same answer, so probing tells nothing. */
    public static IncidentRefusal notFound(Locale locale) {
        return new IncidentRefusal(Kind.NOT_FOUND, Texts.of(locale, "incidents.error.notFound"));
    }

    public static IncidentRefusal notSecurityTicket(Locale locale) {
        return new IncidentRefusal(Kind.REFUSED, Texts.of(locale, "incidents.error.notSecurityTicket"));
    }

    public static IncidentRefusal alreadyOpen(String incident, Locale locale) {
        return new IncidentRefusal(Kind.CONFLICT, format(locale, "incidents.error.alreadyOpen", incident));
    }

    public static IncidentRefusal stale(Locale locale) {
        return new IncidentRefusal(Kind.CONFLICT, Texts.of(locale, "incidents.error.stale"));
    }

    public static IncidentRefusal closed(Locale locale) {
        return new IncidentRefusal(Kind.CONFLICT, Texts.of(locale, "incidents.error.closed"));
    }

    /** Closing would silence a clock the law still runs. */
    public static IncidentRefusal reportsOutstanding(Collection<Deadline> outstanding, Locale locale) {
        var names = outstanding.stream().map(d -> Texts.of(locale, "incidents.deadline." + d.name())).collect(Collectors.joining(", "));
        return new IncidentRefusal(Kind.REFUSED, format(locale, "incidents.error.reportsOutstanding", names));
    }

    private static String format(Locale locale, String key, Object... arguments) {
        return new MessageFormat(Texts.of(locale, key), locale).format(arguments);
    }
}
