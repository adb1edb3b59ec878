package io.guarddesk.crash;

import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Mailbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What the harness needs from a running desk before the load: an agent's API token, and tickets
 * whose requesters confirmed their address (only those get reply notices). A ticket is confirmed
 * as its requester would: the link from the mail GreenMail received, opened and its button
 * pressed, through the integration tests' own {@link Customers#confirm} and {@link Mailbox#link}.
 */
final class Desk {

    /** A confirmed ticket the load replies to. */
    record Confirmed(int index, String reference, String key, String email) {
    }

    private final Http http;
    private final MailSink mail;

    Desk(Http http, MailSink mail) {
        this.http = http;
        this.mail = mail;
    }

    /** The agent's personal API token: Basic once, then Bearer (a PBKDF2 check on every Basic request would dominate). */
    String agentToken(String name) {
        var basic = "Basic " + Base64.getEncoder().encodeToString("agent:demo-agent".getBytes(StandardCharsets.UTF_8));
        var answer = expectAnswer(http.post("api/me/tokens", "{\"name\":" + Http.quote(name) + "}", Map.of("Authorization", basic)), 201, "token");
        return "Bearer " + answer.json().getString("token");
    }

    static String submission(String email, String subject, String message) {
        return "{\"name\":\"Crash Test\",\"email\":" + Http.quote(email) + ",\"category\":\"GENERAL\",\"subject\":"
                + Http.quote(subject) + ",\"message\":" + Http.quote(message) + "}";
    }

    /** Submits and confirms {@code count} tickets, a few at a time. */
    List<Confirmed> confirmedTickets(String run, int count, int parallel) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            var jobs = new ArrayList<Callable<Confirmed>>();
            for (int i = 0; i < count; i++) {
                int index = i;
                jobs.add(() -> confirmed(index, "crash-" + run + "-t" + index + "@example.com"));
            }
            var tickets = new ArrayList<Confirmed>();
            for (var future : pool.invokeAll(jobs)) {
                tickets.add(future.get());
            }
            return tickets;
        } finally {
            pool.shutdownNow();
        }
    }

    Confirmed confirmed(int index, String email) throws InterruptedException {
        var submitted = expectAnswer(http.post("api/tickets", submission(email, "Crash test ticket " + index,
                "A ticket the crash harness replies to."), Map.of()), 202, "submission");
        var reference = submitted.json().getString("reference");
        var mailed = mail.await(email, Duration.ofSeconds(60))
                .orElseThrow(() -> new IllegalStateException("no confirmation mail to " + email + " within 60 s"));
        var confirmed = Customers.confirm(Mailbox.link(mailed, "/confirm"));
        var location = String.valueOf(confirmed.header("Location"));
        if (confirmed.status() != 302 || !location.contains("/ticket?key=")) {
            throw new IllegalStateException("confirming " + reference + " failed: " + confirmed);
        }
        return new Confirmed(index, reference, Customers.keyOf(location), email);
    }

    static Http.Answered expectAnswer(Http.Outcome outcome, int status, String what) {
        if (outcome instanceof Http.Answered answered && answered.status() == status) {
            return answered;
        }
        throw new IllegalStateException(what + ": expected " + status + ", got " + outcome);
    }
}
