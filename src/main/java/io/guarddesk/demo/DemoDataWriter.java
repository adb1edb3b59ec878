package io.guarddesk.demo;

import io.guarddesk.accounts.control.DirectoryWrites;
import io.guarddesk.accounts.entity.AccountData;
import io.guarddesk.accounts.entity.AccountStatus;
import io.guarddesk.platform.Boundary;
import io.guarddesk.staff.control.PasswordHashing;
import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.StaffUser;
import io.guarddesk.tickets.boundary.SecurityTagging;
import io.guarddesk.tickets.entity.CannedReply;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.Requester;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;

@Boundary
public class DemoDataWriter {

    /** Demo sign-ins; printed by the start script and listed in the README. Never use in production. */
    static final String[][] STAFF = {
            {"agent", "demo-agent", "Aoi Agent", "AGENT"},
            {"agent2", "demo-agent2", "Ben Agent", "AGENT"},
            {"supervisor", "demo-supervisor", "Sora Supervisor", "SUPERVISOR"},
            {"privacy", "demo-privacy", "Pia Privacy (privacy officer)", "SUPERVISOR"},
            {"admin", "demo-admin", "Ada Admin", "ADMIN"},
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityTagging tagging;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    /** Writes the demo when there is no staff yet; answers whether it did. */
    public boolean writeIfEmpty() {
        long staff = em.createQuery("SELECT COUNT(s) FROM StaffUser s", Long.class).getSingleResult();
        if (staff > 0) {
            return false;
        }
        var now = clock.instant();
        for (var row : STAFF) {
            var member = new StaffUser(row[0], row[2], row[0] + "@guarddesk.example", passwords.hash(row[1]),
                    EnumSet.of(Role.valueOf(row[3])), now);
            member.setPrivacyOfficer(row[0].equals("privacy"));
            em.persist(member);
        }
        ticket("山田 花子", "hanako.yamada@example.jp", Locale.JAPANESE, Category.BILLING,
                "請求書の金額について", "先月の請求書の金額が契約内容と違うようです。確認をお願いします。", Duration.ofHours(30));
        ticket("John Smith", "john.smith@example.com", Locale.ENGLISH, Category.ACCOUNT_ACCESS,
                "Login information never arrived", "I signed up yesterday but never received my login information. Can you help?",
                Duration.ofHours(5));
        ticket("佐藤 太郎", "taro.sato@example.jp", Locale.JAPANESE, Category.GENERAL,
                "配信停止の方法", "メールマガジンの配信を停止したいのですが、方法を教えてください。", Duration.ofMinutes(40));
        ticket("Maria Garcia", "maria.garcia@example.com", Locale.ENGLISH, Category.RECEIVED_OTHERS_INFORMATION,
                "I received someone else's registration mail", "I got a 'registration complete' mail for an account I never created.",
                Duration.ofMinutes(10));
        // through the directory's own writes, so the guard's change records include them
        var directory = new DirectoryWrites(em, clock.instant());
        directory.upsert(new AccountData("C-100234", "hanako.y", "hanako.yamada@example.jp", "山田 花子", "ヤマダ ハナコ",
                "090-1234-5678", AccountStatus.ACTIVE));
        directory.upsert(new AccountData("C-100871", "jsmith", "john.smith@example.com", "John Smith", null,
                "+1-202-555-0147", AccountStatus.ACTIVE));
        directory.upsert(new AccountData("C-200519", "taro.sato", "taro.sato@example.jp", "佐藤 太郎", "サトウ タロウ",
                "080-9876-5432", AccountStatus.ACTIVE));
        em.persist(new CannedReply("Greeting", "en", "Hello {{requester.name}},\n\nThank you for contacting us about ticket {{ticket.reference}}.\n\nBest regards,\n{{agent.name}}"));
        em.persist(new CannedReply("ご挨拶", "ja", "{{requester.name}} 様\n\nお問い合わせ（受付番号 {{ticket.reference}}）ありがとうございます。\n\n{{agent.name}}"));
        em.persist(new CannedReply("Solved", "en", "Hello {{requester.name}},\n\nWe believe this is solved now. Just reply if anything is still open.\n\n{{agent.name}}"));
        return true;
    }

    private void ticket(String name, String email, Locale language, Category category, String subject, String body, Duration age) {
        var created = clock.instant().minus(age);
        var ticket = new Ticket(Reference.random(), new Requester(name, email, language),
                category, Channel.WEB_FORM, subject, TicketStatus.NEW, created);
        ticket.requesterAlreadyVerified(created);
        ticket.addCustomerMessage(body, created);
        em.persist(ticket);
        tagging.atIntake(ticket, body);
    }
}
