package io.guarddesk.routing.boundary;

import io.guarddesk.platform.Texts;

import java.text.MessageFormat;
import java.util.Locale;

/** The classifier's user-visible sentences, from the ja/en bundles, with their arguments filled in. */
final class RuleTexts {

    private RuleTexts() {
    }

    static String of(Locale locale, String key, Object... arguments) {
        String text = Texts.of(locale, key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }
}
