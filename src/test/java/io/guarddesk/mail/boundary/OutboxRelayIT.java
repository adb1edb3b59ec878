package io.guarddesk.mail.boundary;

import io.guarddesk.mail.control.Backoff;
import io.guarddesk.mail.control.Claims;
import io.guarddesk.mail.control.Composer;
import io.guarddesk.mail.control.Envelope;
import io.guarddesk.mail.control.LocalTransactions;
import io.guarddesk.mail.control.ManualClock;
import io.guarddesk.mail.control.Outcomes;
import io.guarddesk.mail.control.RecordingTransport;
import io.guarddesk.mail.control.Relay;
import io.guarddesk.mail.control.RelaySettings;
import io.guarddesk.mail.control.SendResult;
import io.guarddesk.mail.entity.Destination;
import io.guarddesk.mail.entity.MailStatus;
import io.guarddesk.mail.entity.OutboundMail;
import io.guarddesk.testing.Databases;
import io.guarddesk.testing.OnEachDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox and the relay against both databases Guarddesk runs on, outside the container: the
 * relay's control classes with resource-local transactions, a clock the test moves and a
 * recording mail server. Each test gets a freshly migrated database.
 */
class OutboxRelayIT {

    static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");
    static final String BASE = "https://desk.example.com";
    static final RelaySettings SETTINGS = new RelaySettings(Duration.ofSeconds(60), Duration.ofSeconds(30), 20,
            new Backoff(Duration.ofSeconds(30), 12));

    private final ManualClock clock = new ManualClock(T0);
    private final RecordingTransport server = new RecordingTransport();
    private EntityManagerFactory unit;
    private LocalTransactions transactions;

    @AfterEach
    void close() {
        if (unit != null) {
            unit.close();
        }
    }

    @OnEachDatabase
    @DisplayName("R7.2 a mail enqueued in a transaction that rolls back is gone with it; one that commits stays")
    void rollbackTakesTheMail(Databases.Target database) {
        open(database);
        var em = unit.createEntityManager();
        em.getTransaction().begin();
        outbox(em).enqueue(letter("customer@example.com", 7L));
        em.flush();
        assertThat(count(em)).as("written in the caller's transaction").isEqualTo(1);
        em.getTransaction().rollback();
        em.close();

        assertThat(transactions.inNewTransaction(OutboxRelayIT::count)).isZero();
        enqueue(letter("customer@example.com", 7L));
        assertThat(transactions.inNewTransaction(OutboxRelayIT::count)).isEqualTo(1);
    }

    @OnEachDatabase
    @DisplayName("R2.3 every rendered mail passes the guard's screen before it is stored; a refused one is never stored")
    void screenedBeforeStored(Databases.Target database) {
        open(database);
        var seen = new java.util.ArrayList<String>();
        MailScreen refuseAll = (to, subject, text) -> {
            seen.add(to + "|" + subject + "|" + text);
            throw new MailRefusedException("an account number");
        };

        assertThatThrownBy(() -> transactions.inNewTransaction(em -> new Outbox(em, clock, new Composer(BASE), refuseAll)
                .enqueue(letter("customer@example.com", 7L)))).isInstanceOf(MailRefusedException.class);

        assertThat(seen).singleElement().asString().startsWith("customer@example.com|").contains("GD-7K3M9-X2QPA-44R7D")
                .as("the screen sees the rendered text with its footer").contains("/not-me?key=");
        assertThat(transactions.inNewTransaction(OutboxRelayIT::count)).isZero();
    }

    @OnEachDatabase
    @DisplayName("R7.2 two relays claiming at the same moment never take the same mail; each is delivered exactly once")
    void concurrentRelays(Databases.Target database) throws Exception {
        open(database);
        var ids = IntStream.range(0, 60).mapToObj(i -> enqueue(letter("c" + i + "@example.com", (long) i))).toList();

        var claimedByEach = race(() -> transactions.inNewTransaction(em -> Claims.claim(em, "relay-" + Thread.currentThread().getId(),
                clock.instant(), SETTINGS.lease(), 40)));
        var first = claimedByEach.get(0).stream().map(Envelope::id).toList();
        var second = claimedByEach.get(1).stream().map(Envelope::id).toList();
        assertThat(java.util.Collections.disjoint(first, second)).as("no mail claimed twice").isTrue();
        assertThat(first.size() + second.size()).as("the first took 40, the second what it found unclaimed").isBetween(40, 60);

        clock.advance(SETTINGS.lease());
        var small = new RelaySettings(SETTINGS.lease(), SETTINGS.sendTime(), 3, SETTINGS.backoff());
        race(() -> {
            var relay = new Relay(transactions, server, clock, small);
            int sent = 0;
            for (int round = 0; round < 200 && pending() > 0; round++) {
                sent += relay.runOnce();
            }
            return sent;
        });

        assertThat(server.sentMessageIds()).hasSize(60).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(row(id).delivery().getStatus()).isEqualTo(MailStatus.DELIVERED));
        assertThat(ids).allSatisfy(id -> assertThat(row(id).delivery().getAttempts()).isEqualTo(1));
    }

    @OnEachDatabase
    @DisplayName("R7.2 a relay that claimed and crashed: after its lease another relay delivers the mail exactly once")
    void crashedRelay(Databases.Target database) {
        open(database);
        var id = enqueue(letter("customer@example.com", 7L));
        var taken = transactions.inNewTransaction(em -> Claims.claim(em, "crashed", clock.instant(), SETTINGS.lease(), 20));
        assertThat(taken).extracting(Envelope::id).containsExactly(id);
        var survivor = new Relay(transactions, server, clock, SETTINGS);

        assertThat(survivor.runOnce()).as("leased to the crashed relay").isZero();
        clock.advance(Duration.ofSeconds(59));
        assertThat(survivor.runOnce()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(survivor.runOnce()).isEqualTo(1);
        clock.advance(Duration.ofHours(2));
        assertThat(survivor.runOnce()).isZero();

        assertThat(server.sent()).extracting(Envelope::id).containsExactly(id);
        assertThat(row(id).delivery().getStatus()).isEqualTo(MailStatus.DELIVERED);
        boolean lateOutcome = transactions.inNewTransaction(em -> new Outcomes(SETTINGS.backoff())
                .record(em, id, "crashed", new SendResult.Bounced("550 late"), Destination.SMTP, clock.instant()));
        assertThat(lateOutcome).as("the crashed relay's claim is void").isFalse();
        assertThat(row(id).delivery().getStatus()).isEqualTo(MailStatus.DELIVERED);
    }

    @OnEachDatabase
    @DisplayName("R7.2 two 4xx replies, then success: delivered on the third attempt, 30 s and then 60 s apart")
    void retriesWithBackoff(Databases.Target database) {
        open(database);
        var id = enqueue(letter("customer@example.com", 7L));
        server.thenAnswer(new SendResult.RetryLater("451 4.3.0 try later"), new SendResult.RetryLater("421 busy"));
        var relay = new Relay(transactions, server, clock, SETTINGS);

        relay.runOnce();
        assertThat(row(id)).satisfies(m -> {
            assertThat(m.delivery().getStatus()).isEqualTo(MailStatus.PENDING);
            assertThat(m.delivery().getAttempts()).isEqualTo(1);
            assertThat(m.delivery().getNextAttemptAt()).isEqualTo(T0.plusSeconds(30));
            assertThat(m.delivery().lastReply()).contains("451 4.3.0 try later");
        });
        clock.advance(Duration.ofSeconds(29));
        assertThat(relay.runOnce()).as("not due yet").isZero();
        clock.advance(Duration.ofSeconds(1));
        relay.runOnce();
        assertThat(row(id).delivery().getNextAttemptAt()).isEqualTo(T0.plusSeconds(30 + 60));
        clock.advance(Duration.ofSeconds(59));
        assertThat(relay.runOnce()).isZero();
        clock.advance(Duration.ofSeconds(1));
        relay.runOnce();

        assertThat(row(id).delivery().getStatus()).isEqualTo(MailStatus.DELIVERED);
        assertThat(row(id).delivery().getAttempts()).isEqualTo(3);
        assertThat(server.sentMessageIds()).hasSize(3).containsOnly(row(id).getMessageId());
    }

    @OnEachDatabase
    @DisplayName("R7.2 temporary failures until the attempts run out: FAILED, and never sent again")
    void givesUp(Databases.Target database) {
        open(database);
        var id = enqueue(letter("customer@example.com", 7L));
        server.answering(mail -> new SendResult.RetryLater("no reply from the mail server"));
        var relay = new Relay(transactions, server, clock,
                new RelaySettings(SETTINGS.lease(), SETTINGS.sendTime(), 20, new Backoff(Duration.ofSeconds(30), 3)));

        for (int i = 0; i < 6; i++) {
            relay.runOnce();
            clock.advance(Duration.ofHours(1));
        }

        assertThat(server.sent()).hasSize(3);
        assertThat(row(id).delivery().getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(row(id).textBody()).as("R4: no live links kept for a mail that will never leave").isEmpty();
    }

    @OnEachDatabase
    @DisplayName("R7.2 a 5xx reply bounces the mail with the reply recorded, no retry, and the next mail is still delivered")
    void bounce(Databases.Target database) {
        open(database);
        var bouncing = enqueue(letter("nobody@example.com", 7L));
        var fine = enqueue(letter("customer@example.com", 8L));
        server.answering(mail -> mail.recipient().startsWith("nobody")
                ? new SendResult.Bounced("550 5.1.1 <nobody@example.com>: no such user") : new SendResult.Delivered());
        var relay = new Relay(transactions, server, clock, SETTINGS);

        assertThat(relay.runOnce()).isEqualTo(2);
        clock.advance(Duration.ofDays(1));
        assertThat(relay.runOnce()).isZero();

        assertThat(row(bouncing)).satisfies(m -> {
            assertThat(m.delivery().getStatus()).isEqualTo(MailStatus.BOUNCED);
            assertThat(m.delivery().lastReply()).contains("550 5.1.1 <nobody@example.com>: no such user");
            assertThat(m.textBody()).isEmpty();
        });
        assertThat(row(fine).delivery().getStatus()).isEqualTo(MailStatus.DELIVERED);
        assertThat(row(fine).delivery().deliveredTo()).contains(Destination.SMTP);
        assertThat(row(fine).textBody()).as("R4: a mail that left keeps no body").isEmpty();
        assertThat(server.sent()).hasSize(2);
    }

    @OnEachDatabase
    @DisplayName("R1.6 after \"this wasn't me\" no mail about that ticket reaches that address, pending or new")
    void suppressed(Databases.Target database) {
        open(database);
        var pendingBefore = enqueue(letter("customer@example.com", 7L));
        var otherTicket = enqueue(letter("customer@example.com", 8L));
        transactions.inNewTransaction(em -> {
            outbox(em).suppress(" Customer@Example.com ", 7L);
            return null;
        });
        var after = enqueue(letter("CUSTOMER@example.com", 7L));
        var someoneElse = enqueue(letter("other@example.com", 7L));

        new Relay(transactions, server, clock, SETTINGS).runOnce();

        assertThat(row(pendingBefore).delivery().getStatus()).isEqualTo(MailStatus.SUPPRESSED);
        assertThat(row(after).delivery().getStatus()).isEqualTo(MailStatus.SUPPRESSED);
        assertThat(server.sent()).extracting(Envelope::id).containsExactlyInAnyOrder(otherTicket, someoneElse);
    }

    @OnEachDatabase
    @DisplayName("R1.6 the key in a mail's not-me link finds that mail; only its hash is stored; mails are counted per address and kind")
    void notMeLookupAndCounts(Databases.Target database) {
        open(database);
        var id = enqueue(letter("customer@example.com", 7L));
        enqueue(letter("customer@example.com", 8L));
        clock.advance(Duration.ofMinutes(10));
        enqueue(letter("customer@example.com", null));
        var text = row(id).textBody().orElseThrow();
        var key = Pattern.compile("/not-me\\?key=([A-Za-z0-9_-]{43})").matcher(text).results().findFirst().orElseThrow().group(1);

        Optional<ReportedMail> found = transactions.inNewTransaction(em -> outbox(em).findByNotMeKey(key));
        Optional<ReportedMail> wrongKey = transactions.inNewTransaction(em -> outbox(em).findByNotMeKey(key + "x"));
        Object keyStored = transactions.inNewTransaction(em -> em.createNativeQuery(
                "SELECT COUNT(*) FROM mail_outbox WHERE not_me_hash = ?").setParameter(1, key).getSingleResult());
        long allSinceT0 = transactions.inNewTransaction(em -> outbox(em).countSince("Customer@example.com", "REPLY", T0));
        long afterT0 = transactions.inNewTransaction(em -> outbox(em).countSince("customer@example.com", "REPLY", T0.plusSeconds(1)));
        long otherKind = transactions.inNewTransaction(em -> outbox(em).countSince("customer@example.com", "SIGN_IN", T0));

        assertThat(found).contains(new ReportedMail(id, row(id).getMessageId(), "customer@example.com", 7L, "REPLY", T0));
        assertThat(wrongKey).isEmpty();
        assertThat(keyStored).asString().isEqualTo("0");
        assertThat(allSinceT0).isEqualTo(3);
        assertThat(afterT0).isEqualTo(1);
        assertThat(otherKind).isZero();
    }

    private void open(Databases.Target database) {
        unit = database.migratedUnit();
        transactions = new LocalTransactions(unit);
    }

    private long enqueue(Letter letter) {
        return transactions.inNewTransaction(em -> outbox(em).enqueue(letter));
    }

    private Outbox outbox(jakarta.persistence.EntityManager em) {
        // the guard's scan has its own tests; these are about delivery
        return new Outbox(em, clock, new Composer(BASE), (to, subject, text) -> { });
    }

    private static Letter letter(String to, Long ticketId) {
        return new Letter(to, "Aoi Tanaka", Locale.JAPANESE, "reply-notice",
                Map.of("name", "Aoi Tanaka", "reference", "GD-7K3M9-X2QPA-44R7D", "link", BASE + "/ticket?key=abc"), ticketId, "REPLY");
    }

    private OutboundMail row(long id) {
        return transactions.inNewTransaction(em -> em.find(OutboundMail.class, id));
    }

    private long pending() {
        return transactions.inNewTransaction(em -> em.createQuery("SELECT COUNT(m) FROM OutboundMail m WHERE m.delivery.status = "
                + "io.guarddesk.mail.entity.MailStatus.PENDING", Long.class).getSingleResult());
    }

    private static long count(jakarta.persistence.EntityManager em) {
        return em.createQuery("SELECT COUNT(m) FROM OutboundMail m", Long.class).getSingleResult();
    }

    /** Runs {@code work} on two threads released at the same instant; answers each thread's result. */
    private static <T> List<T> race(Callable<T> work) throws Exception {
        var start = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<T>>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
