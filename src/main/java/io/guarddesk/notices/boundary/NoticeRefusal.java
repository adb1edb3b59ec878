package io.guarddesk.notices.boundary;

import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.Texts;

import java.util.Locale;

/** Why a notice cannot be read or changed as asked, in the caller's language. */
public class NoticeRefusal extends DeskException {

    private NoticeRefusal(Kind kind, String message) {
        super(kind, message);
    }

    static NoticeRefusal notFound(Locale locale) {
        return new NoticeRefusal(Kind.NOT_FOUND, Texts.of(locale, "notices.error.notFound"));
    }

    static NoticeRefusal notAuthor(Locale locale) {
        return new NoticeRefusal(Kind.REFUSED, Texts.of(locale, "notices.error.notAuthor"));
    }

    static NoticeRefusal ownApproval(Locale locale) {
        return new NoticeRefusal(Kind.REFUSED, Texts.of(locale, "notices.error.ownApproval"));
    }

    static NoticeRefusal changedSinceSeen(Locale locale) {
        return new NoticeRefusal(Kind.CONFLICT, Texts.of(locale, "notices.error.changed"));
    }

    static NoticeRefusal state(Locale locale, String key) {
        return new NoticeRefusal(Kind.CONFLICT, Texts.of(locale, "notices.error.state." + key));
    }

    static NoticeRefusal noRecipients(Locale locale) {
        return new NoticeRefusal(Kind.REFUSED, Texts.of(locale, "notices.error.noRecipients"));
    }

    static NoticeRefusal tooMany(Locale locale, int max) {
        return new NoticeRefusal(Kind.REFUSED, Texts.format(locale, "notices.error.tooMany", max));
    }
}
