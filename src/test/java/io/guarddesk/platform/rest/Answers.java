package io.guarddesk.platform.rest;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.PageSession;

import static org.assertj.core.api.Assertions.assertThat;

/** "Not yours" must be indistinguishable from "does not exist": the assertions every IDOR check shares. */
final class Answers {

    private Answers() {
    }

    /** Everything a caller can tell two API answers apart by, timing aside. */
    static String of(Api.Answer answer) {
        return answer.status() + " " + answer.header("Content-Type") + "\n" + answer.body();
    }

    /** No 2xx, and byte for byte the answer the same caller got for an id that does not exist. */
    static void assertLikeMissing(String what, Api.Answer answer, Api.Answer missing) {
        assertThat(answer.status() / 100).as(what + ": no 2xx; got " + answer).isNotEqualTo(2);
        assertSameAnswer(what, answer, missing);
    }

    /** For answers where "nothing" is a 2xx (an empty search, a page saying the link is not valid): the same nothing. */
    static void assertSameAnswer(String what, Api.Answer answer, Api.Answer missing) {
        assertThat(of(answer)).as(what + ": answers exactly like an id that does not exist").isEqualTo(of(missing));
    }

    /** The same for pages, each with the id it was asked for replaced (pages echo it in links). */
    static void assertPageLikeMissing(String what, Api.Answer page, String id, Api.Answer missing, String missingId) {
        assertThat(page.status() / 100).as(what + ": no 2xx; got " + page.status()).isNotEqualTo(2);
        assertSamePage(what, page, id, missing, missingId);
    }

    static void assertSamePage(String what, Api.Answer page, String id, Api.Answer missing, String missingId) {
        assertThat(PageSession.comparable(page, id)).as(what + ": the page for an id that does not exist")
                .isEqualTo(PageSession.comparable(missing, missingId));
    }
}
