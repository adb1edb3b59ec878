package io.guarddesk.platform;

import java.util.Locale;
import java.util.ResourceBundle;

/** User-visible text from the ja/en bundles, for answers written outside a page (API, boundaries). */
public final class Texts {

    private Texts() {
    }

    public static String of(Locale locale, String key) {
        return ResourceBundle.getBundle("io.guarddesk.messages", locale).getString(key);
    }

    /** The text of {@code key} with its {0}, {1} … filled in the locale's way. */
    public static String format(Locale locale, String key, Object... values) {
        return new java.text.MessageFormat(of(locale, key), locale).format(values);
    }
}
