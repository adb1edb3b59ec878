package io.guarddesk.notices.control;

import io.guarddesk.mail.boundary.LocalOutbox;
import io.guarddesk.mail.boundary.MailRefusedException;
import io.guarddesk.mail.boundary.MailScreen;
import io.guarddesk.mail.control.Backoff;
import io.guarddesk.mail.control.LocalTransactions;
import io.guarddesk.mail.control.ManualClock;
import io.guarddesk.mail.control.RecordingTransport;
import io.guarddesk.mail.control.Relay;
import io.guarddesk.mail.control.RelaySettings;
import io.guarddesk.mail.entity.OutboundMail;
import io.guarddesk.notices.entity.Notice;
import io.guarddesk.notices.entity.NoticeRecipient;
import io.guarddesk.notices.entity.NoticeStatus;
import io.guarddesk.notices.entity.NoticeText;
import io.guarddesk.notices.entity.RecipientSource;
import io.guarddesk.notices.entity.RecipientState;
import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.StaffUser;
import io.guarddesk.testing.Databases;
import io.guarddesk.testing.OnEachDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sending a notice against both databases, outside the container: the sender's steps with
 * resource-local transactions, the real outbox (with a screen standing in for the guard), a clock
 * the test moves, and a recording mail server behind the real relay.
 */
class NoticeSendingIT {

    static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");
    static final String BASE = "https://desk.example.com";
    static final double UNLIMITED = 1_000_000;
    static final int RECIPIENTS = 120;

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
    @DisplayName("R5.3 the sender dies in the middle of steps, again and again: every recipient gets exactly one message, nobody is skipped")
    void crashesNeitherRepeatNorSkip(Databases.Target database) {
        open(database);
        long id = approvedNotice(RECIPIENTS, T0);
        int steps = 0;
        int crashes = 0;
        while (status(id) != NoticeStatus.SENT) {
            // every other step the process dies while writing one of its messages (a different one each
            // time): that step's transaction never commits
            int dieAt = steps++ % 2 == 1 ? 1 + steps % 9 : Integer.MAX_VALUE;
            var calls = new AtomicInteger();
            try {
                transactions.inNewTransaction(em -> NoticeSender.step(em, id, 10, UNLIMITED, letter -> {
                    if (calls.incrementAndGet() == dieAt) {
                        throw new IllegalStateException("killed");
                    }
                    return outbox(em, NO_GUARD).enqueueScreened(letter);
                }, clock.instant()));
            } catch (IllegalStateException killed) {
                crashes++;
            }
            assertThat(steps).as("the sender gets through in the end").isLessThan(100);
        }

        assertThat(crashes).as("it did crash, many times").isGreaterThanOrEqualTo(10);
        var mails = mails();
        assertThat(mails).hasSize(RECIPIENTS);
        assertThat(mails.stream().map(OutboundMail::getRecipient)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(addresses(RECIPIENTS));
        var rows = recipients(id);
        assertThat(rows).allSatisfy(r -> assertThat(r.getState()).isEqualTo(RecipientState.QUEUED));
        assertThat(rows.stream().map(NoticeRecipient::getOutboxId).collect(Collectors.toSet()))
                .as("each row points at its own mail").isEqualTo(mails.stream().map(OutboundMail::getId).collect(Collectors.toSet()));

        relayEverything();
        assertThat(server.sent()).hasSize(RECIPIENTS);
        assertThat(server.sent().stream().map(e -> e.recipient())).doesNotHaveDuplicates();
    }

    @OnEachDatabase
    @DisplayName("R5.3 two instances sending the same notice side by side never queue a recipient twice")
    void twoInstances(Databases.Target database) throws Exception {
        open(database);
        long id = approvedNotice(RECIPIENTS, T0);
        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = IntStream.range(0, 2).mapToObj(i -> pool.submit(() -> {
                barrier.await();
                int handled = 0;
                for (int round = 0; round < 200 && status(id) != NoticeStatus.SENT; round++) {
                    handled += transactions.inNewTransaction(em -> NoticeSender.step(em, id, 9, UNLIMITED,
                            letter -> outbox(em, NO_GUARD).enqueueScreened(letter), clock.instant()));
                }
                return handled;
            })).toList();
            int total = 0;
            for (var future : futures) {
                total += future.get(120, TimeUnit.SECONDS);
            }
            assertThat(total).as("between them they handled each recipient once").isEqualTo(RECIPIENTS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mails().stream().map(OutboundMail::getRecipient)).hasSize(RECIPIENTS).doesNotHaveDuplicates();
    }

    @OnEachDatabase
    @DisplayName("R5.1 each message goes to one recipient with only that recipient's data; one the guard refuses is counted failed and the rest go on")
    void ownDataOnlyAndRefusalsCounted(Databases.Target database) {
        open(database);
        long id = approvedNotice(30, T0);
        var refused = "owner7@example.jp";
        MailScreen guard = (to, subject, text) -> {
            if (to.equals(refused)) {
                throw new MailRefusedException("an account number");
            }
        };
        sendAll(id, guard);

        var byState = recipients(id).stream().collect(Collectors.groupingBy(NoticeRecipient::getState, Collectors.counting()));
        assertThat(byState).isEqualTo(Map.of(RecipientState.QUEUED, 29L, RecipientState.REFUSED, 1L));
        var mails = mails();
        assertThat(mails).hasSize(29).noneMatch(m -> m.getRecipient().equals(refused));
        for (var mail : mails) {
            int n = Integer.parseInt(mail.getRecipient().replaceAll("\\D", ""));
            var text = mail.textBody().orElseThrow();
            assertThat(text).contains(accountOf(n)).contains(nameOf(n)).contains(BASE + "/not-me?key=");
            IntStream.range(0, 30).filter(other -> other != n).forEach(other -> assertThat(text)
                    .as("no other recipient's data").doesNotContain(accountOf(other) + ",").doesNotContain(accountOf(other) + "\n")
                    .doesNotContain(addressOf(other)));
        }
        var progress = NoticeProgress.of(30, Map.of(RecipientState.REFUSED, 1L), Map.of());
        assertThat(progress.failed()).isEqualTo(1);
    }

    @OnEachDatabase
    @DisplayName("R5.3 the pace holds across steps: 10 a second means 20 at first (the burst), then 10 for each second")
    void paced(Databases.Target database) {
        open(database);
        long id = approvedNotice(RECIPIENTS, T0);

        assertThat(step(id, 500, 10)).isEqualTo(20);
        assertThat(step(id, 500, 10)).as("no time has passed").isZero();
        clock.advance(Duration.ofMillis(1000));
        assertThat(step(id, 500, 10)).isEqualTo(10);
        clock.advance(Duration.ofSeconds(60));
        assertThat(step(id, 500, 10)).as("a long quiet spell allows no more than the burst").isEqualTo(20);
        assertThat(mails()).hasSize(50);
    }

    @OnEachDatabase
    @DisplayName("R5.3 a paused notice queues nothing until resumed, then goes on where it stopped")
    void pauseAndResume(Databases.Target database) {
        open(database);
        long id = approvedNotice(RECIPIENTS, T0);
        assertThat(step(id, 40, UNLIMITED)).isEqualTo(40);

        transactions.inNewTransaction(em -> {
            em.find(Notice.class, id).pause("pia", clock.instant());
            return null;
        });
        clock.advance(Duration.ofMinutes(5));
        assertThat(step(id, 500, UNLIMITED)).isZero();
        assertThat(mails()).hasSize(40);

        transactions.inNewTransaction(em -> {
            em.find(Notice.class, id).resume(clock.instant());
            return null;
        });
        sendAll(id, NO_GUARD);
        assertThat(mails().stream().map(OutboundMail::getRecipient)).hasSize(RECIPIENTS).doesNotHaveDuplicates();
    }

    @OnEachDatabase
    @DisplayName("R5.2 sending waits for the send time, and a recipient list changed behind the approval's back is never sent")
    void approvedContentOnly(Databases.Target database) {
        open(database);
        long later = approvedNotice(10, T0.plus(Duration.ofHours(1)));
        assertThat(step(later, 500, UNLIMITED)).as("before its send time").isZero();
        assertThat(status(later)).isEqualTo(NoticeStatus.APPROVED);
        clock.advance(Duration.ofHours(1));
        assertThat(step(later, 500, UNLIMITED)).isEqualTo(10);

        long tampered = approvedNotice(10, T0);
        transactions.inNewTransaction(em -> em.createNativeQuery(
                "UPDATE notice_recipient SET email = 'attacker@evil.example' WHERE notice_id = ? AND position = 3")
                .setParameter(1, tampered).executeUpdate());
        assertThat(step(tampered, 500, UNLIMITED)).isZero();
        assertThat(status(tampered)).as("the approval no longer covers it").isEqualTo(NoticeStatus.DRAFT);
        assertThat(mails()).noneMatch(m -> m.getRecipient().equals("attacker@evil.example"));
    }

    private static final MailScreen NO_GUARD = (to, subject, text) -> { };

    private void open(Databases.Target database) {
        unit = database.migratedUnit();
        transactions = new LocalTransactions(unit);
        transactions.inNewTransaction(em -> {
            em.persist(new StaffUser("sora", "Sora", "sora@desk.example", "x", EnumSet.of(Role.SUPERVISOR), T0));
            em.persist(new StaffUser("pia", "Pia", "pia@desk.example", "x", EnumSet.of(Role.SUPERVISOR), T0));
            return null;
        });
    }

    /** A notice by sora to {@code count} owners, approved by pia, due at {@code sendAt}. */
    private long approvedNotice(int count, Instant sendAt) {
        var accounts = IntStream.range(0, count).mapToObj(i -> new RecipientList.Account(accountOf(i), addressOf(i), nameOf(i), null))
                .toList();
        var list = RecipientList.of(accounts);
        return transactions.inNewTransaction(em -> {
            var notice = new Notice("sora", new NoticeText("Your account {{accounts}}", "Dear {{name}},\nabout {{accounts}}\n",
                    "{{accounts}} について", "{{name}} 様\n{{accounts}}\n"), sendAt, clock.instant());
            em.persist(notice);
            em.flush();
            notice.recipients(new Notice.Recipients(RecipientSource.QUERY, null, null, count, list.hash()), clock.instant());
            int position = 0;
            for (var recipient : list.recipients()) {
                em.persist(new NoticeRecipient(notice.getId(), position++, recipient));
            }
            notice.submit(clock.instant());
            notice.approve("pia", notice.getContentHash(), clock.instant());
            return notice.getId();
        });
    }

    private int step(long id, int max, double rate) {
        return transactions.inNewTransaction(em -> NoticeSender.step(em, id, max, rate,
                letter -> outbox(em, NO_GUARD).enqueueScreened(letter), clock.instant()));
    }

    private void sendAll(long id, MailScreen guard) {
        for (int round = 0; round < 100 && status(id) != NoticeStatus.SENT; round++) {
            transactions.inNewTransaction(em -> NoticeSender.step(em, id, 25, UNLIMITED,
                    letter -> outbox(em, guard).enqueueScreened(letter), clock.instant()));
        }
        assertThat(status(id)).isEqualTo(NoticeStatus.SENT);
    }

    private void relayEverything() {
        var relay = new Relay(transactions, server, clock,
                new RelaySettings(Duration.ofSeconds(60), Duration.ofSeconds(30), 50, new Backoff(Duration.ofSeconds(30), 12)));
        for (int round = 0; round < 20 && relay.runOnce() > 0; round++) {
            // until a pass finds nothing due
        }
    }

    private io.guarddesk.mail.boundary.Outbox outbox(EntityManager em, MailScreen guard) {
        return LocalOutbox.of(em, clock, BASE, guard);
    }

    private NoticeStatus status(long id) {
        return transactions.inNewTransaction(em -> em.find(Notice.class, id).getStatus());
    }

    private List<OutboundMail> mails() {
        return transactions.inNewTransaction(em -> em.createQuery("SELECT m FROM OutboundMail m", OutboundMail.class).getResultList());
    }

    private List<NoticeRecipient> recipients(long id) {
        return transactions.inNewTransaction(em -> em.createQuery("SELECT r FROM NoticeRecipient r WHERE r.noticeId = :notice ORDER BY r.position", NoticeRecipient.class)
                .setParameter("notice", id).getResultList());
    }

    private static Set<String> addresses(int count) {
        return IntStream.range(0, count).mapToObj(NoticeSendingIT::addressOf).collect(Collectors.toSet());
    }

    static String addressOf(int i) {
        return "owner" + i + "@example.jp";
    }

    static String accountOf(int i) {
        return "C-9" + String.format("%05d", i);
    }

    static String nameOf(int i) {
        return i % 2 == 0 ? "Owner Number" + (char) ('A' + i % 26) + i : "山田 花子" + i;
    }
}
