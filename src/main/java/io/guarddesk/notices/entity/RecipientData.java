package io.guarddesk.notices.entity;

import java.util.Locale;

/**
 * One recipient of a notice: an owner address (in the directory's normalised form), the holder's
 * name, the numbers of the owner's accounts the notice is about (comma separated), and the
 * language the owner gets the notice in. Only these are ever filled into the recipient's message.
 */
public record RecipientData(String email, String name, String accounts, String language) {

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
