package io.guarddesk.routing.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a rule is written for. It files the rule for the admin and for the corpus figures;
 * every enabled rule runs on every text, because customers mix languages ("アカウントが hacked").
 */
public enum RuleLanguage {
    JA, EN, ANY;

    /** "ja", "en", "any": how the rules file, the API and the admin page spell it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RuleLanguage> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (var language : values()) {
            if (language.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
