package io.guarddesk.platform.web;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.CrossSite;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.FacesClient;
import io.guarddesk.testing.FacesForm;
import io.guarddesk.testing.ItDatabase;
import io.guarddesk.testing.Mailbox;
import io.guarddesk.testing.NewStaff;
import io.guarddesk.testing.PortalLinks;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.StoredTicket;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7.3 forged posts of the pages' state-changing forms, for anonymous visitors, customers and
 * staff: each page is fetched as a browser would (cookies kept), its form read from the HTML and
 * posted back (a) without its view state, (b) with a forged one, (c) with its own view state and
 * a foreign Origin (also one that only starts like ours, and "null"), (d) with Sec-Fetch-Site:
 * cross-site. None of them has the form's effect. The same post as the page
 * makes it (with the Origin and Sec-Fetch-Site a browser sends from our own page) then works,
 * which shows the fields were right and only the forgery was stopped.
 *
 * <p>What each forgery meets: without a view state JSF does not take the post for a postback
 * and shows the page afresh (no action runs; a page opened without its link parameter answers
 * 404); a view state the server never issued is a ViewExpiredException, answered by the "Page
 * expired" error page (StalePostbackHandlerFactory only deals with PrimeFaces' nonce check, which
 * a post with a good view state and a missing nonce would fail); the cross-site guard answers
 * 403 before JSF runs. Run inside {@code GuarddeskIT}.
 */
public abstract class CsrfFormChecks {

    /** A form filled in and ready to post from its session, the button to press, and a look at what it changes. */
    record Post(FacesClient client, FacesForm form, String button, boolean ajax, String render, Supplier<Object> state) {

        static Post of(FacesClient client, FacesForm form, String button, Supplier<Object> state) {
            return new Post(client, form, button, false, null, state);
        }

        Api.Answer send(FacesForm variant, Map<String, String> headers) {
            return ajax ? client.ajax(variant, button, variant.id(), render, headers) : client.post(variant, button, headers);
        }
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                form("anonymous: the public ticket form", CsrfFormChecks::publicForm),
                form("anonymous: staff sign-in", CsrfFormChecks::staffSignIn),
                form("anonymous: \"Yes, I sent this request\" on a confirmation link", CsrfFormChecks::confirmation),
                form("anonymous: \"This wasn't me\"", CsrfFormChecks::notMe),
                form("customer: asking for a portal sign-in link", CsrfFormChecks::portalLink),
                form("customer: signing in with the portal link", CsrfFormChecks::portalEnter),
                form("customer: a reply on the private ticket page", CsrfFormChecks::customerReply),
                form("agent: a status change on the ticket page", () -> onAgentTicket("change-status", "move-to_input", "OPEN")),
                form("agent: a reply on the ticket page", () -> onAgentTicket("send", "reply", "We are looking into it.")),
                form("admin: adding a classifier rule (Ajax)", CsrfFormChecks::classifierRule));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    @DisplayName("R7.3 a form posted without its view state, with a forged one, or from another site changes nothing; posted as "
            + "the page posts it, it works")
    void forgedPosts(String name, Supplier<Post> setUp) {
        var post = setUp.get();
        var before = post.state().get();

        var missing = post.send(post.form().without(FacesForm.VIEW_STATE), Map.of());
        assertThat(post.state().get()).as(name + " without a view state must change nothing").isEqualTo(before);
        assertThat(missing.status()).as("the page shown afresh, nothing done: " + missing).isIn(200, 404);
        assertThat(missing.body()).as("no redirect to a result").doesNotContain("<redirect");

        var forged = post.send(post.form().set(FacesForm.VIEW_STATE, forge(post.form().viewState())), Map.of());
        assertThat(post.state().get()).as(name + " with a forged view state must change nothing").isEqualTo(before);
        assertThat(forged.body()).as("the \"Page expired\" page (or, for Ajax, its error), nothing done: " + forged)
                .containsAnyOf("Page expired", "ViewExpired");

        CrossSite.requests().forEach((how, headers) -> {
            CrossSite.assertRefused(post.send(post.form(), headers), name + " with " + how);
            assertThat(post.state().get()).as(name + " with " + how + " must change nothing").isEqualTo(before);
        });

        var accepted = post.send(post.form(), CrossSite.ownPage());
        assertThat(accepted.status()).as(name + " as the page posts it (proves the fields were right): " + accepted).isIn(200, 302);
        assertThat(post.state().get()).as(name + " as the page posts it does what the forgeries did not").isNotEqualTo(before);
    }

    private static Arguments form(String name, Supplier<Post> setUp) {
        return Arguments.of(name, setUp);
    }

    /** A view state of the same shape that this server never issued. */
    static String forge(String viewState) {
        var random = new SecureRandom();
        var forged = new StringBuilder();
        viewState.chars().forEach(c -> forged.append(Character.isDigit(c) ? (char) ('0' + random.nextInt(10))
                : Character.isLetter(c) ? (char) ('a' + random.nextInt(26)) : (char) c));
        return forged.toString();
    }

    // ---- the forms, each with state of its own ----

    private static Post publicForm() {
        var client = new FacesClient();
        var subject = "csrf form " + UUID.randomUUID();
        var form = client.form("", "ticket-form").set("name", "Test Customer").set("email", Customers.uniqueEmail())
                .set("category_input", "GENERAL").set("subject", subject).set("message", "Hello from the form.");
        return Post.of(client, form, "submit", () -> StoredTicket.withSubject(subject));
    }

    private static Post staffSignIn() {
        var member = NewStaff.create("AGENT");
        var client = new FacesClient();
        var form = client.form("login", "login-form").set("username", member.username()).set("password", member.password());
        return Post.of(client, form, "signin", () -> List.of(client.get("staff/tokens").status(),
                ItDatabase.number("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'SIGN_IN'", member.username())));
    }

    private static Post confirmation() {
        var email = Customers.uniqueEmail();
        var reference = Api.anonymous().post("api/tickets", Customers.submission("Test Customer", email, "GENERAL", "csrf confirm", "Hello"))
                .text("reference");
        var client = new FacesClient();
        var form = client.form(Mailbox.link(Mailbox.await(email, 1).get(0), "/confirm"), "confirm-form");
        return Post.of(client, form, "confirm", () -> StoredTicket.of(reference));
    }

    private static Post notMe() {
        var email = Customers.uniqueEmail();
        var reference = Api.anonymous().post("api/tickets", Customers.submission("Test Customer", email, "GENERAL", "csrf not me", "Hello"))
                .text("reference");
        var client = new FacesClient();
        var form = client.form(Mailbox.link(Mailbox.await(email, 1).get(0), "/not-me"), "notme-form")
                .set("comment", "I never asked for this.");
        return Post.of(client, form, "report", () -> ItDatabase.row("SELECT (SELECT COUNT(*) FROM ticket r WHERE r.related_ticket_id = t.id) "
                + "AS reports, (SELECT COUNT(*) FROM mail_suppression s WHERE s.recipient = ?) AS suppressions FROM ticket t "
                + "WHERE t.reference = ?", email, reference));
    }

    private static Post portalLink() {
        var email = Customers.uniqueEmail();
        var client = new FacesClient();
        var form = client.form("portal/index", "portal-signin").set("email", email);
        return Post.of(client, form, "send-link",
                () -> ItDatabase.number("SELECT COUNT(*) FROM confirmation WHERE email = ? AND purpose = 'PORTAL'", email));
    }

    private static Post portalEnter() {
        var email = Customers.uniqueEmail();
        var link = PortalLinks.request(email);
        var client = new FacesClient();
        var form = client.form(link, "enter-form");
        return Post.of(client, form, "enter",
                () -> ItDatabase.row("SELECT used_at, version FROM confirmation WHERE email = ? AND purpose = 'PORTAL'", email));
    }

    private static Post customerReply() {
        var ticket = Customers.submit("GENERAL", "csrf customer form");
        var client = new FacesClient();
        var form = client.form("ticket?key=" + ticket.accessKey(), "reply-form").set("reply", "One more question.");
        return Post.of(client, form, "send", () -> StoredTicket.of(ticket.reference()));
    }

    private static Post onAgentTicket(String button, String field, String value) {
        var reference = Customers.submit("GENERAL", "csrf agent form").reference();
        var client = FacesClient.signedIn(Staff.AGENT);
        var form = client.form("agent/ticket?ref=" + reference, "ticket").set(field, value);
        return Post.of(client, form, button, () -> StoredTicket.of(reference));
    }

    private static Post classifierRule() {
        var pattern = "zq" + UUID.randomUUID().toString().substring(0, 8) + " ... leaked";
        var client = FacesClient.signedIn(Staff.ADMIN);
        var form = client.form("admin/classifier", "classifier-add").set("new-pattern", pattern).set("new-language_input", "en")
                .set("new-kind_input", "SIGNAL").set("new-note", "added by the cross-site check");
        return new Post(client, form, "add", true, "classifier-add classifier-rules",
                () -> ItDatabase.number("SELECT COUNT(*) FROM classifier_rule WHERE pattern = ?", pattern));
    }
}
