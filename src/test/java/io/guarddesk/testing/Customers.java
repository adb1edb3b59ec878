package io.guarddesk.testing;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** Builds customer submissions; every call gets its own address so tests never share state. */
public final class Customers {

    private Customers() {
    }

    public static String uniqueEmail() {
        return "customer-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }

    public static String submission(String name, String email, String category, String subject, String message) {
        return "{\"name\":" + Api.quote(name) + ",\"email\":" + Api.quote(email) + ",\"category\":" + Api.quote(category)
                + ",\"subject\":" + Api.quote(subject) + ",\"message\":" + Api.quote(message) + "}";
    }

    /** Submits a ticket through the public API and confirms it as its requester would, from the mail. */
    public static Submitted submit(String category, String subject) {
        return submit(uniqueEmail(), category, subject, "Message for " + subject);
    }

    public static Submitted submit(String email, String category, String subject, String message) {
        // counted before submitting: the relay may deliver the new mail before we look
        var mails = Mailbox.to(email).size();
        var answer = Api.anonymous().post("api/tickets", submission("Test Customer", email, category, subject, message));
        if (answer.status() != 202) {
            throw new IllegalStateException("submission failed: " + answer);
        }
        var location = confirmFromMail(email, mails);
        return new Submitted(answer.text("reference"), keyOf(location), location, email);
    }

    /** The private key in a ticket page's address. */
    public static String keyOf(String location) {
        return location.replaceAll(".*[?&]key=([^&]+).*", "$1");
    }

    /** Follows the confirmation link of the {@code index}th mail to {@code email}; answers the private page's URL. */
    public static String confirmFromMail(String email, int index) {
        var confirmation = Mailbox.link(Mailbox.await(email, index + 1).get(index), "/confirm");
        var confirmed = confirm(confirmation);
        if (confirmed.status() != 302 || !String.valueOf(confirmed.header("Location")).contains("/ticket?key=")) {
            throw new IllegalStateException("confirmation failed: " + confirmed);
        }
        return confirmed.header("Location");
    }

    /**
     * What a person does with a confirmation link: open it (a GET that only shows the page), then
     * press the button on it (a POST of that page's form, in the same session). Answers the
     * POST's answer: 302 to the ticket's private page when it confirmed.
     */
    public static Api.Answer confirm(String link) {
        var page = follow(link);
        var cookie = page.header("Set-Cookie");
        var viewState = page.body().replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        var action = page.body().replaceAll("(?s).*<form id=\"confirm-form\"[^>]*action=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        if (cookie == null || viewState.length() > 200 || action.length() > 300) {
            throw new IllegalStateException("not a confirmation page with a form: " + page);
        }
        var form = "confirm-form=confirm-form&confirm-form%3Aconfirm=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8);
        return Api.anonymous().send("POST", action.substring(1), form, Map.of(
                "Content-Type", "application/x-www-form-urlencoded",
                "Accept", "text/html",
                "Cookie", cookie.split(";")[0]));
    }

    /** A GET as a browser sends it when a link in a mail is clicked; redirects are not followed. */
    public static Api.Answer follow(String link) {
        var uri = URI.create(link);
        var path = uri.getRawPath().substring(1) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return Api.anonymous().send("GET", path, null, Map.of("Accept", "text/html"));
    }

    public record Submitted(String reference, String accessKey, String link, String email) {
    }
}
