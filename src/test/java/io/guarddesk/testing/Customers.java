package io.guarddesk.testing;

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

    /** Submits a ticket through the public API and answers {reference, accessKey}. */
    public static Submitted submit(String category, String subject) {
        var answer = Api.anonymous().post("api/tickets",
                submission("Test Customer", uniqueEmail(), category, subject, "Message for " + subject));
        if (answer.status() != 201) {
            throw new IllegalStateException("submission failed: " + answer);
        }
        return new Submitted(answer.text("reference"), answer.text("accessKey"), answer.text("link"));
    }

    public record Submitted(String reference, String accessKey, String link) {
    }
}
