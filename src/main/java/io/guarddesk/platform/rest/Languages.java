package io.guarddesk.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The language an API caller prefers among those the desk speaks (ja, en); English otherwise. */
public final class Languages {

    private Languages() {
    }

    public static Locale preferred(HttpHeaders headers) {
        try {
            return preferredOf(headers);
        } catch (RuntimeException e) {
            // a malformed Accept-Language is no reason to refuse the request
            return Locale.ENGLISH;
        }
    }

    private static Locale preferredOf(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .map(Locale::getLanguage)
                .filter(l -> l.equals("ja") || l.equals("en"))
                .findFirst()
                .map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH);
    }
}
