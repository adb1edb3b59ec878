package io.guarddesk.testing;

import java.util.Map;

/** The customer portal's sign-in, done as a customer does it: the form on /portal, then the mailed link's button. */
public final class PortalLinks {

    private PortalLinks() {
    }

    /** Asks for a sign-in link for {@code email} on the portal page and answers the link from the mail. */
    public static String request(String email) {
        int before = Mailbox.to(email).size();
        var client = new FacesClient();
        var answer = client.post(client.form("portal/index", "portal-signin").set("email", email), "send-link", Map.of());
        if (answer.status() != 200 || !answer.body().contains("link-sent")) {
            throw new IllegalStateException("the portal did not take the address: " + answer);
        }
        return Mailbox.link(Mailbox.await(email, before + 1).get(before), "/portal/enter");
    }

    /** A session signed in to the portal for {@code email}, with a link of its own. */
    public static FacesClient signedIn(String email) {
        var client = new FacesClient();
        var entered = client.post(client.form(request(email), "enter-form"), "enter", Map.of());
        if (entered.status() != 302) {
            throw new IllegalStateException("the sign-in link did not sign in: " + entered);
        }
        return client;
    }
}
