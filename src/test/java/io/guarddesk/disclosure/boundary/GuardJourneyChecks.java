package io.guarddesk.disclosure.boundary;

import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Directory;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.browser.AccountImportPage;
import io.guarddesk.testing.browser.AgentTicketPage;
import io.guarddesk.testing.browser.Browser;
import io.guarddesk.testing.browser.LoginPage;
import io.guarddesk.testing.browser.ResetPage;
import io.guarddesk.testing.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incident #1 in the browser, as an agent and a supervisor live it (R2.1, R2.5, R2.7). Run inside
 * {@code GuarddeskIT}.
 */
public abstract class GuardJourneyChecks {

    private Browser agentBrowser;
    private Browser supervisorBrowser;
    private Browser customerBrowser;

    @AfterEach
    void close() {
        if (agentBrowser != null) {
            agentBrowser.close();
        }
        if (supervisorBrowser != null) {
            supervisorBrowser.close();
        }
        if (customerBrowser != null) {
            customerBrowser.close();
        }
    }

    @Test
    @DisplayName("R2 browser: an admin imports a Shift_JIS directory file with a progress bar; a file with a bad row imports nothing")
    void directoryImportInTheBrowser() throws Exception {
        var x = Directory.unique("中村 彩花", "ナカムラ アヤカ");
        var header = "account_number,login_id,owner_email,holder_name,holder_name_kana,phone,status\n";
        var line = String.join(",", x.number(), x.login(), x.email(), x.name(), x.kana(), x.phone(), "ACTIVE") + "\n";
        var bad = java.nio.file.Files.createTempFile("directory-bad", ".csv");
        var good = java.nio.file.Files.createTempFile("directory", ".csv");
        java.nio.file.Files.write(bad, (header + line + "X-1,,nobody,Name,,,ACTIVE\n").getBytes(java.nio.charset.Charset.forName("windows-31j")));
        java.nio.file.Files.write(good, (header + line).getBytes(java.nio.charset.Charset.forName("windows-31j")));

        agentBrowser = Browser.open("en");
        LoginPage.open(agentBrowser).signInAsAdmin(Staff.ADMIN);
        var page = AccountImportPage.open(agentBrowser);
        assertThat(page.upload(bad)).contains("Nothing was imported");
        assertThat(page.rejectedRows()).anyMatch(row -> row.startsWith("3") && row.contains("login_id"));

        var again = AccountImportPage.open(agentBrowser);
        assertThat(again.upload(good)).contains("Imported");
        assertThat(again.counts()).contains("Created: 1");
        java.nio.file.Files.deleteIfExists(bad);
        java.nio.file.Files.deleteIfExists(good);
    }

    @Test
    @DisplayName("R2.5 R2.1 R2.2 R2.7 R3.1 browser: the pasted foreign account is held with the draft kept and the ticket goes to the "
            + "security team; a supervisor inserts a placeholder, the reset link opens once, and releases the identifier-only reply")
    void incidentOneInTheBrowser() {
        var a = Directory.put(Directory.unique("Aya Mizuno", "ミズノ アヤ"));
        var b = Directory.put(Directory.unique("Goro Shibata", "シバタ ゴロウ"));
        var ticket = Customers.submit(a.email(), "ACCOUNT_ACCESS", "Cannot log in", "Please help me log in.");

        agentBrowser = Browser.open("en");
        LoginPage.open(agentBrowser).signInAs(Staff.AGENT);
        var page = AgentTicketPage.open(agentBrowser, ticket.reference());
        assertThat(page.accounts()).containsExactly(a.number());

        var pasted = "Your account is " + b.number() + ", login " + b.login() + ".";
        page.reply(pasted);
        assertThat(page.flash()).contains("held this reply").contains("Account number").contains("Login ID")
                .doesNotContain(b.number()).doesNotContain(b.login());
        assertThat(page.draft()).as("the draft is kept").isEqualTo(pasted);
        assertThat(page.flash()).as("R3.1 the refusal routed the ticket to the supervisors").contains("security team");

        // the security team carries on with the whole thread; the agent's held draft waits for them
        supervisorBrowser = Browser.open("en");
        LoginPage.open(supervisorBrowser).signInAs(Staff.SUPERVISOR);
        var supervised = AgentTicketPage.open(supervisorBrowser, ticket.reference());
        assertThat(supervised.messages()).hasSize(1);
        assertThat(supervised.accounts()).containsExactly(a.number());
        supervisorBrowser.type("#ticket\\:reply", "Your account number is ");
        var draft = supervised.insertAccount("number");
        assertThat(draft).contains("{{account.number " + a.number() + "}}");
        supervised.reply(draft);
        assertThat(supervised.flash()).contains("Reply saved and sent.");
        assertThat(supervised.messages().get(1)).contains("Your account number is " + a.number());

        var mails = Mailbox.to(a.email()).size();
        var withReset = supervised.insertAccount("reset");
        supervised.reply(withReset);
        assertThat(supervised.messages().get(2)).contains("link to reset your password in a separate e-mail").doesNotContain("gdr1.");
        var resetMail = Mailbox.await(a.email(), mails + 2).stream().filter(m -> Mailbox.decoded(m).contains("/reset?token=")).findFirst().orElseThrow();
        customerBrowser = Browser.open("en");
        var reset = ResetPage.open(customerBrowser, Mailbox.link(resetMail, "/reset"));
        assertThat(reset.outcome()).contains("valid");
        assertThat(reset.use().outcome()).contains("Done");
        assertThat(ResetPage.open(customerBrowser, Mailbox.link(resetMail, "/reset")).outcome()).contains("already been used");

        supervised = AgentTicketPage.open(supervisorBrowser, ticket.reference());
        assertThat(supervised.held()).contains("Account number").contains("waiting");
        supervised.release("The caller is the account holder's registered proxy.");
        assertThat(supervised.flash()).contains("released");
        assertThat(supervised.messages()).anyMatch(m -> m.contains(b.number()));
    }
}
