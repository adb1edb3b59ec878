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
}
