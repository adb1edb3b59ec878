package io.guarddesk.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Bulk notices (R5) as a supervisor drafts them over the API. */
public final class Notices {

    private Notices() {
    }

    /** A draft by {@code author}, to be sent tomorrow; answers its id. */
    public static long draft(Api author, String subjectEn) {
        var answer = author.post("api/notices", draftRequest(subjectEn));
        if (answer.status() != 201) {
            throw new IllegalStateException("could not draft a notice: " + answer);
        }
        return answer.json().getJsonNumber("id").longValue();
    }

    /** A complete notice text in both languages, sent tomorrow. */
    public static String draftRequest(String subjectEn) {
        var sendAt = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(1).withNano(0);
        return "{\"subjectEn\":" + Api.quote(subjectEn) + ",\"bodyEn\":\"Dear {{name}},\\n\\nwe are changing our opening hours.\","
                + "\"subjectJa\":\"営業時間の変更について\",\"bodyJa\":\"{{name}} 様\\n\\n営業時間を変更いたします。\",\"sendAt\":\"" + sendAt + "\"}";
    }
}
