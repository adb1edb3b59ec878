package io.guarddesk.platform.rest;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Directory;
import io.guarddesk.testing.Mailbox;
import io.guarddesk.testing.PageSession;
import io.guarddesk.testing.ResetTokens;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.StaffTokens;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IDOR/BOLA on what customers hold instead of an account (issue #7): the private key of their
 * ticket, the "this wasn't me" key and the reset token in their mails. Whatever else is put in
 * a key's place — another ticket's reference, another mail's keys or tokens — answers exactly
 * like a key that was never issued, on the API and on the pages. Run inside {@code GuarddeskIT}.
 */
public abstract class CustomerLinkChecks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    @DisplayName("R1.1 R7.3 a private key opens its own ticket only: another ticket's reference, 'this wasn't me' key or used "
            + "confirmation token, or its key in other case, answer reading and replying like a key never issued")
    void privateKeyApi() {
        var mine = Customers.submit("GENERAL", "Parcel not delivered");
        var theirs = Customers.submit("GENERAL", "Change of address");
        var anonymous = Api.anonymous();
        var reply = "{\"body\":\"Is this my ticket?\"}";
        var missing = missingKey();
        var missingRead = anonymous.get("api/customer/tickets/" + missing);
        var missingReply = anonymous.post("api/customer/tickets/" + missing + "/messages", reply);
        assertThat(anonymous.get("api/customer/tickets/" + mine.accessKey()).text("reference")).isEqualTo(mine.reference());

        for (var foreign : foreignKeys(theirs)) {
            Answers.assertLikeMissing("read with " + foreign, anonymous.get("api/customer/tickets/" + foreign), missingRead);
            Answers.assertLikeMissing("reply with " + foreign, anonymous.post("api/customer/tickets/" + foreign + "/messages", reply),
                    missingReply);
        }
        assertThat(anonymous.get("api/customer/tickets/" + theirs.accessKey()).json().getJsonArray("messages"))
                .as("nothing reached their thread").hasSize(1);
    }

    @Test
    @DisplayName("R1.1 R1.6 R7.3 the private ticket page and the 'this wasn't me' page show another's identifiers exactly as "
            + "unknown ones, signed in as staff or not")
    void privateKeyPages() {
        var mine = Customers.submit("GENERAL", "Parcel not delivered");
        var theirs = Customers.submit("GENERAL", "Change of address");
        var missing = missingKey();
        for (var session : List.of(PageSession.anonymous(), PageSession.signIn(Staff.AGENT))) {
            assertThat(session.get("ticket?key=" + mine.accessKey()).body()).contains(mine.reference());
            var missingTicket = session.get("ticket?key=" + missing);
            for (var foreign : foreignKeys(theirs)) {
                Answers.assertPageLikeMissing("/ticket with " + foreign, session.get("ticket?key=" + foreign), foreign, missingTicket, missing);
            }
            var missingNotMe = session.get("not-me?key=" + missing);
            for (var foreign : List.of(mine.accessKey(), theirs.reference(), param(confirmationMail(theirs), "/confirm", "token"))) {
                Answers.assertPageLikeMissing("/not-me with " + foreign, session.get("not-me?key=" + foreign), foreign, missingNotMe, missing);
            }
        }
    }

    @Test
    @DisplayName("R3.2 R1.1 a customer's own link keeps working after an agent escalated the ticket, and shows nothing of the "
            + "security handling")
    void ownLinkAfterEscalation() {
        var escalated = Targets.get().escalated;

        var own = Api.anonymous().get("api/customer/tickets/" + escalated.accessKey());

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("reference")).isEqualTo(escalated.reference());
        assertThat(own.body()).doesNotContain(Targets.ESCALATION_NOTE).doesNotContainIgnoringCase("security")
                .doesNotContainIgnoringCase("escalat");
    }

    @Test
    @DisplayName("R2.2 R1.2 a reset token changed in one character answers like one never issued, on the API and on the reset "
            + "page, for every role; the real one still works, once")
    void alteredResetToken() {
        var account = Directory.put(Directory.unique("Emi Kondo", "コンドウ エミ"));
        var ticket = Customers.submit(account.email(), "ACCOUNT_ACCESS", "I cannot log in", "Please send my login details.");
        var token = ResetTokens.mail(StaffTokens.of(Staff.SUPERVISOR), ticket, account);
        var unknown = "gdr1." + missingKey() + "." + missingKey();
        var altered = List.of(changeAt(token, 6), changeAt(token, token.length() - 2), token.substring(0, token.length() - 1));

        for (var caller : Caller.values()) {
            var missing = caller.api().post("api/reset-links/redeem", redeem(unknown));
            for (var forged : altered) {
                Answers.assertLikeMissing("redeem an altered token as " + caller, caller.api().post("api/reset-links/redeem", redeem(forged)),
                        missing);
            }
        }
        var page = PageSession.anonymous();
        var missingPage = page.get("reset?token=" + unknown);
        // the reset page says "not valid" with a 200: the same page, not a 404, is what must not differ
        for (var forged : altered) {
            Answers.assertSamePage("/reset with an altered token", page.get("reset?token=" + forged), forged, missingPage, unknown);
        }
        assertThat(PageSession.comparable(page.get("reset?token=" + token), token)).as("the real token's page is another page")
                .isNotEqualTo(PageSession.comparable(missingPage, unknown));

        var real = StaffTokens.of(Staff.ADMIN).post("api/reset-links/redeem", redeem(token));
        assertThat(real.status()).as("none of the altered ones used it up: " + real).isEqualTo(200);
        assertThat(real.text("accountNumber")).isEqualTo(account.number());
    }

    /** What another customer's mails and ticket put in reach: each is a key someone might try in place of their own. */
    private static List<String> foreignKeys(Customers.Submitted theirs) {
        var mail = confirmationMail(theirs);
        return List.of(theirs.reference(), param(mail, "/not-me", "key"), param(mail, "/confirm", "token"),
                theirs.accessKey().toLowerCase(Locale.ROOT));
    }

    private static MimeMessage confirmationMail(Customers.Submitted submitted) {
        return Mailbox.to(submitted.email()).get(0);
    }

    private static String param(MimeMessage mail, String path, String name) {
        return Mailbox.link(mail, path).replaceAll(".*[?&]" + name + "=([^&]+).*", "$1");
    }

    /** The shape of a private key (256 random bits, URL-safe base64), so the server looks it up rather than refusing its form. */
    static String missingKey() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String changeAt(String token, int index) {
        var c = token.charAt(index);
        return token.substring(0, index) + (c == 'A' ? 'B' : 'A') + token.substring(index + 1);
    }

    private static String redeem(String token) {
        return "{\"token\":" + Api.quote(token) + "}";
    }
}
