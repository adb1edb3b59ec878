package io.guarddesk.notices.control;

import io.guarddesk.notices.entity.NoticeText;
import io.guarddesk.platform.DeskException.FieldError;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.Texts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a notice's text and send time must be, each failure naming its field and what to fix. All
 * errors at once, so that the author fixes them in one go.
 */
public final class NoticeChecks {

    public static final int MAX_SUBJECT = 150;
    public static final int MAX_BODY = 20_000;
    static final Duration FURTHEST_SEND_TIME = Duration.ofDays(366);

    private NoticeChecks() {
    }

    public static void check(NoticeText text, Instant sendAt, Instant now, Locale locale) {
        var errors = new ArrayList<FieldError>();
        line("subjectEn", text.subjectEn(), locale, errors);
        body("bodyEn", text.bodyEn(), locale, errors);
        line("subjectJa", text.subjectJa(), locale, errors);
        body("bodyJa", text.bodyJa(), locale, errors);
        if (sendAt == null) {
            errors.add(new FieldError("sendAt", Texts.of(locale, "notices.invalid.sendAt")));
        } else if (sendAt.isAfter(now.plus(FURTHEST_SEND_TIME))) {
            errors.add(new FieldError("sendAt", Texts.of(locale, "notices.invalid.sendAt.far")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void line(String field, String value, Locale locale, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, Texts.of(locale, "notices.invalid.subject")));
        } else if (value.length() > MAX_SUBJECT) {
            errors.add(new FieldError(field, Texts.format(locale, "notices.invalid.subject.long", MAX_SUBJECT)));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, Texts.of(locale, "notices.invalid.subject.control")));
        } else {
            placeholders(field, value, locale, errors);
        }
    }

    private static void body(String field, String value, Locale locale, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, Texts.of(locale, "notices.invalid.body")));
        } else if (value.length() > MAX_BODY) {
            errors.add(new FieldError(field, Texts.format(locale, "notices.invalid.body.long", MAX_BODY)));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(new FieldError(field, Texts.of(locale, "notices.invalid.body.control")));
        } else {
            placeholders(field, value, locale, errors);
        }
    }

    private static void placeholders(String field, String value, Locale locale, List<FieldError> errors) {
        var unknown = Placeholders.unknown(value);
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(field, Texts.format(locale, "notices.invalid.placeholder", String.join(" ", unknown))));
        }
    }
}
