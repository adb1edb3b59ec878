package io.guarddesk.tickets.control;

import io.guarddesk.testing.Databases;
import io.guarddesk.testing.LocalTransactions;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.Requester;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's text search on H2 and on a real PostgreSQL with the V10 indexes. On PostgreSQL
 * each test runs with three strategies, because the small data here would otherwise only ever
 * take the walk: the production windows (the whole queue fits in the first), windows of a few
 * tickets (a page filled across two windows, a walk that ends in the indexes, a term rare in the
 * newest tickets), and the indexes alone. All must give the same answers.
 */
class QueueTextSearchIT {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    private EntityManagerFactory unit;
    private TextSearch.Strategy strategy;

    @AfterEach
    void close() {
        if (unit != null) {
            unit.close();
        }
    }

    static Stream<Arguments> setups() {
        return Stream.of(
                Arguments.of("H2, scan", Databases.h2(), TextSearch.Strategy.SCAN),
                Arguments.of("PostgreSQL, production windows", Databases.postgres(), TextSearch.Strategy.POSTGRESQL),
                Arguments.of("PostgreSQL, windows of 2 and 6", Databases.postgres(), new TextSearch.Strategy(true, 2, 6, 2)),
                Arguments.of("PostgreSQL, indexes only", Databases.postgres(), new TextSearch.Strategy(true, 0, 0, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    @DisplayName("Japanese is found as a substring, three characters and more through trigrams, two-kanji words through pairs")
    void japanese(String name, Databases.Target database, TextSearch.Strategy strategy) {
        start(database, strategy);
        var billing = ticket("請求書の金額について", 1, TicketStatus.NEW, "いつもお世話になっております。", "先月の請求額が違います。");
        var cancel = ticket("解約したい", 2, TicketStatus.NEW, "解約の手続きを教えてください。");
        var refund = ticket("返金の件", 3, TicketStatus.NEW, "返金はいつになりますか。請求書は届きました。");
        ticket("ログインできません", 4, TicketStatus.NEW, "パスワードを忘れました。");

        assertThat(found("請求書")).containsExactlyInAnyOrder(billing, refund);
        assertThat(found("請求額が違")).as("inside a message, across kana").containsExactly(billing);
        assertThat(found("請求")).as("two kanji").containsExactlyInAnyOrder(billing, refund);
        assertThat(found("解約")).as("two kanji, subject and message of one ticket: once").containsExactly(cancel);
        assertThat(found("ワード")).containsExactly(ticketWith("ログインできません"));
        assertThat(found("ログ")).as("two katakana").containsExactly(ticketWith("ログインできません"));
        assertThat(found("求書の金")).as("a subject's middle").containsExactly(billing);
        assertThat(found("請")).as("one character is no search").isEmpty();
        assertThat(found("金額 違います")).as("the term is one substring, not words in any place").isEmpty();
        assertThat(count("請求")).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    @DisplayName("English ignores case, finds a word only a later message has, and takes %, _ and \\ literally")
    void englishAndMetacharacters(String name, Databases.Target database, TextSearch.Strategy strategy) {
        start(database, strategy);
        var login = ticket("Login trouble", 1, TicketStatus.NEW, "I cannot sign in since yesterday.",
                "Update: the PASSWORD reset mail never came.");
        var coupon = ticket("Coupon", 2, TicketStatus.NEW, "The code 100%_off does not work.");
        var decoy = ticket("Another coupon", 3, TicketStatus.NEW, "The code 1000Xoff expired.");
        var path = ticket("Export", 4, TicketStatus.NEW, "It saves to C:\\temp\\export.csv only.");
        var noPath = ticket("Export again", 5, TicketStatus.NEW, "It saves to C:temp only.");

        assertThat(found("password reset")).containsExactly(login);
        assertThat(found("Password")).containsExactly(login);
        assertThat(found("LOGIN TROUBLE")).containsExactly(login);
        assertThat(found("100%_off")).as("%% and _ are literal").containsExactly(coupon);
        assertThat(found("100%")).containsExactly(coupon);
        assertThat(found("0_o")).isEmpty();
        assertThat(found("C:\\temp")).as("a backslash is literal").containsExactly(path);
        assertThat(found("C:temp")).containsExactly(noPath);
        assertThat(found("coupon")).containsExactlyInAnyOrder(coupon, decoy);
        assertThat(found("ab")).as("two Latin letters are no search").isEmpty();
        assertThat(found("%%%")).as("no letters, no search").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    @DisplayName("R3.2 text in a security ticket is found for supervisors only; filters and the queue's statuses still apply")
    void securityAndFilters(String name, Databases.Target database, TextSearch.Strategy strategy) {
        start(database, strategy);
        var open = ticket("Password help", 1, TicketStatus.NEW, "I forgot my password.");
        var solved = ticket("Password again", 2, TicketStatus.NEW, "Password reset worked, thanks.");
        inTransaction(em -> byReference(em, solved).moveTo(TicketStatus.SOLVED, NOW));
        var leak = ticket("漏洩の報告", 3, Category.PRIVACY_SECURITY, TicketStatus.NEW, "My password and 請求書 were sent to someone else.");
        inTransaction(em -> {
            var pending = new Ticket(Reference.random(), new Requester("R", "r@example.com", Locale.JAPANESE), Category.GENERAL,
                    Channel.WEB_FORM, "Unconfirmed", TicketStatus.PENDING_VERIFICATION, NOW);
            pending.addPendingMessage("password and 請求書 again", NOW);
            em.persist(pending);
        });

        assertThat(found("password")).as("agents: no security ticket, no unconfirmed one").containsExactlyInAnyOrder(open, solved);
        assertThat(found("請求書")).isEmpty();
        assertThat(count("請求書")).isZero();
        assertThat(page("password", Set.of(), true, QueueOrder.UPDATED, false, 0, 10))
                .extracting(TicketSummary::reference).containsExactlyInAnyOrder(open, solved, leak);
        assertThat(page("password", Set.of(TicketStatus.NEW), false, QueueOrder.UPDATED, false, 0, 10))
                .extracting(TicketSummary::reference).containsExactly(open);
        var securityQueue = new QueueFilter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("請求書"))
                .securityOnly();
        List<TicketSummary> supervisorsQueue = read(em -> new QueueQuery(em, securityQueue, true, NOW, strategy)
                .rows(QueueOrder.ACKNOWLEDGE_BY, true, 0, 10));
        assertThat(supervisorsQueue).extracting(TicketSummary::reference).containsExactly(leak);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    @DisplayName("matches are sorted and paged like the queue, counted up to the cap; a reference or an address still finds exactly that")
    void pagingAndCounting(String name, Databases.Target database, TextSearch.Strategy strategy) {
        start(database, strategy);
        var invoices = new String[7];
        for (int i = 0; i < 7; i++) {
            invoices[i] = ticket(String.format("Question %d", i), 10 + 2 * i, TicketStatus.NEW, "Where is my invoice?");
            ticket(String.format("Other %d", i), 11 + 2 * i, TicketStatus.NEW, "Nothing to see here.");
        }

        assertThat(page("INVOICE", Set.of(), false, QueueOrder.UPDATED, false, 0, 3))
                .extracting(TicketSummary::reference).containsExactly(invoices[0], invoices[1], invoices[2]);
        assertThat(page("INVOICE", Set.of(), false, QueueOrder.UPDATED, false, 3, 3))
                .extracting(TicketSummary::reference).containsExactly(invoices[3], invoices[4], invoices[5]);
        assertThat(page("INVOICE", Set.of(), false, QueueOrder.UPDATED, false, 6, 3))
                .extracting(TicketSummary::reference).containsExactly(invoices[6]);
        assertThat(page("INVOICE", Set.of(), false, QueueOrder.CREATED, true, 0, 2))
                .extracting(TicketSummary::reference).containsExactly(invoices[6], invoices[5]);
        assertThat(page("INVOICE", Set.of(), false, QueueOrder.SUBJECT, false, 1, 2))
                .extracting(TicketSummary::subject).containsExactly("Question 5", "Question 4");

        assertCounted("INVOICE", 7);
        QueueQuery.Count capped = read(em -> query(em, "INVOICE", Set.of(), false).count(5));
        assertThat(capped.exact()).as("more than 5: %s", capped).isFalse();
        assertThat(capped.value()).isBetween(1L, 5L);
        assertCounted("nothing to SEE", 7);

        List<TicketSummary> countedThenRead = read(em -> {
            var oldest = query(em, "question 6", Set.of(), false);
            assertThat(oldest.count(1000)).isEqualTo(new QueueQuery.Count(1, true));
            return oldest.rows(QueueOrder.UPDATED, false, 0, 25);
        });
        assertThat(countedThenRead).as("a page read after its count").extracting(TicketSummary::reference).containsExactly(invoices[6]);

        var spoken = invoices[3].toLowerCase(Locale.ROOT).replace("-", " ");
        assertThat(found(spoken)).as("a reference however typed").containsExactly(invoices[3]);
        assertThat(found(" Requester@Example.com ")).as("an address finds the requester's tickets").hasSize(14);
    }

    private void start(Databases.Target database, TextSearch.Strategy strategy) {
        this.unit = database.migratedUnit();
        this.strategy = strategy;
    }

    /** References of what an agent finds, newest first. */
    private List<String> found(String text) {
        return page(text, Set.of(), false, QueueOrder.UPDATED, false, 0, 50).stream().map(TicketSummary::reference).toList();
    }

    private List<TicketSummary> page(String text, Set<TicketStatus> statuses, boolean supervisor, QueueOrder order,
                                     boolean ascending, int offset, int limit) {
        return read(em -> query(em, text, statuses, supervisor).rows(order, ascending, offset, limit));
    }

    /** Exactly, or "more than" a smaller number when the walk stopped at the strategy's count cap. */
    private void assertCounted(String text, long expected) {
        QueueQuery.Count counted = read(em -> query(em, text, Set.of(), false).count(1000));
        if (counted.exact()) {
            assertThat(counted.value()).isEqualTo(expected);
        } else {
            assertThat(counted.value()).as("at least %s", counted.value()).isLessThan(expected).isPositive();
        }
    }

    private long count(String text) {
        QueueQuery.Count counted = read(em -> query(em, text, Set.of(), false).count(1000));
        assertThat(counted.exact()).as("a handful of tickets is counted exactly").isTrue();
        return counted.value();
    }

    private QueueQuery query(EntityManager em, String text, Set<TicketStatus> statuses, boolean supervisor) {
        var filter = new QueueFilter(statuses, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(text));
        return new QueueQuery(em, filter, supervisor, NOW, strategy);
    }

    private String ticketWith(String subject) {
        return read(em -> em.createQuery("SELECT t FROM Ticket t WHERE t.subject = :subject", Ticket.class)
                .setParameter("subject", subject).getSingleResult().getReference().value());
    }

    private String ticket(String subject, int hoursAgo, TicketStatus status, String... messages) {
        return ticket(subject, hoursAgo, Category.GENERAL, status, messages);
    }

    /** A ticket opened {@code hoursAgo} with one message a minute; its reference. */
    private String ticket(String subject, int hoursAgo, Category category, TicketStatus status, String... messages) {
        var reference = Reference.random();
        var at = NOW.minus(Duration.ofHours(hoursAgo));
        inTransaction(em -> {
            var ticket = new Ticket(reference, new Requester("Requester", "requester@example.com", Locale.JAPANESE), category,
                    Channel.WEB_FORM, subject, status, at);
            Arrays.stream(messages).reduce(at, (time, body) -> {
                ticket.addCustomerMessage(body, time.plusSeconds(60));
                return time.plusSeconds(60);
            }, (a, b) -> b);
            em.persist(ticket);
        });
        return reference.value();
    }

    private static Ticket byReference(EntityManager em, String reference) {
        return em.createNamedQuery(Ticket.BY_REFERENCE, Ticket.class).setParameter("reference", new Reference(reference)).getSingleResult();
    }

    private void inTransaction(java.util.function.Consumer<EntityManager> work) {
        LocalTransactions.inTransaction(unit, work);
    }

    private <T> T read(Function<EntityManager, T> query) {
        return LocalTransactions.read(unit, query);
    }
}
