package io.guarddesk.notices.entity;

import java.util.Locale;

/** A notice's subject and body in both languages, as the author wrote them, placeholders and all. */
public record NoticeText(String subjectEn, String bodyEn, String subjectJa, String bodyJa) {

    public String subject(Locale language) {
        return "ja".equals(language.getLanguage()) ? subjectJa : subjectEn;
    }

    public String body(Locale language) {
        return "ja".equals(language.getLanguage()) ? bodyJa : bodyEn;
    }
}
