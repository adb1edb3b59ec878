package io.guarddesk.notices.boundary;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Mailbox;
import io.guarddesk.testing.Staff;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R5 against the deployed WAR: a notice drafted by one supervisor, approved by another, sent
 * through the outbox to GreenMail. Run inside {@code GuarddeskIT}.
 */
public abstract class NoticeApiChecks {

    final Api author = Staff.SUPERVISOR.api();
    final Api approver = Staff.PRIVACY.api();

    @Test
    @DisplayName("R5.1 a notice to 500 recipients: 500 messages, each to exactly one address (no Cc/Bcc) with only that recipient's data")
    void fiveHundredRecipients() throws Exception {
        var batch = Accounts.create(502);
        // two accounts more, owned by the first owner: still one message for that owner, naming all three
        var id = draft(future(-1));
        var recipients = author.put("api/notices/" + id + "/recipients", "{\"query\":{\"prefix\":" + Api.quote(batch.prefix()) + "}}");
        assertThat(recipients.status()).as(recipients.body()).isEqualTo(200);
        assertThat(recipients.json().getInt("recipients")).isEqualTo(500);
        assertThat(author.post("api/notices/" + id + "/submission", "").status()).isEqualTo(200);
        var review = approver.get("api/notices/" + id + "/review").json();
        var approved = approver.post("api/notices/" + id + "/approval", "{\"hash\":" + Api.quote(review.getString("hash")) + "}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        var done = awaitProgress(id, p -> p.getJsonNumber("sent").longValue() == 500, Duration.ofSeconds(120));
        assertThat(done.getString("status")).isEqualTo("SENT");
        assertThat(done.getJsonObject("progress").getJsonNumber("failed").longValue()).isZero();

        var mails = awaitMails(batch.domain(), 500);
        assertThat(mails).hasSize(500);
        var numbers = Pattern.compile(Pattern.quote(batch.prefix()) + "\\d{4}");
        var seen = new HashSet<String>();
        for (var mail : mails) {
            var to = mail.getRecipients(Message.RecipientType.TO);
            assertThat(to).as("exactly one address in To").hasSize(1);
            assertThat(mail.getRecipients(Message.RecipientType.CC)).as("no Cc").isNull();
            assertThat(mail.getHeader("Bcc")).as("no Bcc").isNull();
            var address = ((InternetAddress) to[0]).getAddress();
            assertThat(seen.add(address)).as("one message per recipient: " + address).isTrue();
            var text = Mailbox.decoded(mail);
            var own = batch.numbersOf(address);
            var named = numbers.matcher(text).results().map(m -> m.group()).collect(Collectors.toSet());
            assertThat(named).as("only the recipient's own accounts").isEqualTo(own);
            assertThat(text).contains(batch.nameOf(address)).contains("/not-me?key=");
            assertThat(text).as("no address of the batch in the text").doesNotContain("@" + batch.domain());
        }
        assertThat(batch.numbersOf(batch.addressOf(0))).hasSize(3);
    }

    @Test
    @DisplayName("R5.2 the author never approves; the approval is bound to the hash seen; any change afterwards voids it; both are audited")
    void twoPersonCheck() {
        var auditBefore = Staff.ADMIN.api().get("api/admin/audit?limit=1").json().getJsonNumber("lastSeq").longValue();
        var batch = Accounts.create(5);
        var id = draft(future(24 * 60));
        author.put("api/notices/" + id + "/recipients", "{\"query\":{\"prefix\":" + Api.quote(batch.prefix()) + "}}");
        author.post("api/notices/" + id + "/submission", "");
        var hash = approver.get("api/notices/" + id + "/review").json().getString("hash");

        var own = author.post("api/notices/" + id + "/approval", "{\"hash\":" + Api.quote(hash) + "}");
        assertThat(own.status()).as(own.body()).isEqualTo(422);
        assertThat(own.text("message")).contains("second supervisor");
        assertThat(approver.post("api/notices/" + id + "/approval", "{\"hash\":\"" + "0".repeat(64) + "\"}").status())
                .as("a hash other than the notice's").isEqualTo(409);

        // the author changes the text after the approver reviewed it, and submits again
        assertThat(author.put("api/notices/" + id, body("Changed subject", future(24 * 60))).json().getString("status")).isEqualTo("DRAFT");
        author.post("api/notices/" + id + "/submission", "");
        var stale = approver.post("api/notices/" + id + "/approval", "{\"hash\":" + Api.quote(hash) + "}");
        assertThat(stale.status()).as("approving what was reviewed before the change").isEqualTo(409);
        var fresh = approver.get("api/notices/" + id + "/review").json().getString("hash");
        assertThat(fresh).isNotEqualTo(hash);
        var approved = approver.post("api/notices/" + id + "/approval", "{\"hash\":" + Api.quote(fresh) + "}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().getString("approvedBy")).isEqualTo(Staff.PRIVACY.username);

        // a later send time voids the approval
        var moved = author.put("api/notices/" + id, body("Changed subject", future(25 * 60))).json();
        assertThat(moved.getString("status")).isEqualTo("DRAFT");
        assertThat(moved.containsKey("approvedBy")).as("approval void").isFalse();
        // so do new recipients
        author.post("api/notices/" + id + "/submission", "");
        var again = approver.get("api/notices/" + id + "/review").json().getString("hash");
        approver.post("api/notices/" + id + "/approval", "{\"hash\":" + Api.quote(again) + "}");
        var narrowed = author.put("api/notices/" + id + "/recipients", "{\"query\":{\"prefix\":" + Api.quote(batch.prefix() + "0001") + "}}");
        assertThat(narrowed.json().getString("status")).isEqualTo("DRAFT");
        assertThat(narrowed.json().getInt("recipients")).isEqualTo(1);

        author.post("api/notices/" + id + "/submission", "");
        assertThat(approver.post("api/notices/" + id + "/rejection", "{\"reason\":\"\"}").status()).as("a reason is required").isEqualTo(400);
        var rejected = approver.post("api/notices/" + id + "/rejection", "{\"reason\":\"Say when the leak happened.\"}").json();
        assertThat(rejected.getString("status")).isEqualTo("DRAFT");
        assertThat(rejected.getString("rejectionReason")).isEqualTo("Say when the leak happened.");

        var audit = Staff.ADMIN.api().get("api/admin/audit?limit=500&afterSeq=" + auditBefore).json().getJsonArray("entries").stream()
                .map(v -> v.asJsonObject()).filter(e -> Staff.PRIVACY.username.equals(e.getString("actor", "")))
                .map(e -> e.getString("action") + " " + e.getString("detail", "")).toList();
        assertThat(audit).anyMatch(e -> e.startsWith("APPROVAL notice " + id + ": 3 recipients"));
        assertThat(audit).anyMatch(e -> e.equals("REJECTION notice " + id));
        assertThat(audit).as("the reason is a person's words: not in the log").noneMatch(e -> e.contains("leak happened"));
    }

    @Test
    @DisplayName("R5 bad input is refused with what to fix and changes nothing; only the author edits; agents have no notices")
    void badInput() {
        var empty = author.post("api/notices", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("\"subjectEn\"").contains("\"bodyEn\"").contains("\"subjectJa\"").contains("\"bodyJa\"")
                .contains("\"sendAt\"");
        var foreign = author.post("api/notices", "{\"subjectEn\":\"Notice\",\"bodyEn\":\"Your password is {{password}}\","
                + "\"subjectJa\":\"お知らせ\",\"bodyJa\":\"本文\",\"sendAt\":\"" + future(60) + "\"}");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("{{password}}").contains("{{name}}");
        assertThat(author.post("api/notices", "{\"subjectEn\":\"a\",\"bodyEn\":\"b\",\"subjectJa\":\"c\",\"bodyJa\":\"d\","
                + "\"sendAt\":\"tomorrow\"}").status()).isEqualTo(400);

        var id = draft(future(60));
        var csv = author.sendBytes("PUT", "api/notices/" + id + "/recipients",
                "account_number,language\nNO-SUCH-ACCOUNT-1,ja\n,en\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(400);
        assertThat(csv.body()).contains("NO-SUCH-ACCOUNT-1").contains("Line 3");
        assertThat(author.get("api/notices/" + id).json().getInt("recipients")).as("nothing changed").isZero();
        var none = author.put("api/notices/" + id + "/recipients", "{\"query\":{\"prefix\":\"NO-SUCH-PREFIX-\"}}");
        assertThat(none.status()).isEqualTo(422);
        assertThat(author.put("api/notices/" + id + "/recipients", "{\"query\":{\"status\":\"GONE\"}}").status()).isEqualTo(400);
        assertThat(author.post("api/notices/" + id + "/submission", "").status()).as("no recipients yet").isEqualTo(422);

        var byOther = approver.put("api/notices/" + id, body("Taken over", future(60)));
        assertThat(byOther.status()).as("only the author edits").isEqualTo(422);
        assertThat(author.get("api/notices/" + id).json().getString("subjectEn")).isNotEqualTo("Taken over");

        assertThat(approver.get("api/notices/999999999").status()).isEqualTo(404);
        assertThat(approver.post("api/notices/999999999/pause", "").status()).isEqualTo(404);
        assertThat(author.post("api/notices/" + id + "/pause", "").status()).as("not being sent").isEqualTo(409);
        for (var outsider : List.of(Staff.AGENT, Staff.ADMIN)) {
            assertThat(outsider.api().get("api/notices").status()).isEqualTo(403);
            assertThat(outsider.api().get("api/notices/" + id).status()).isEqualTo(403);
            assertThat(outsider.api().post("api/notices", body("x", future(60))).status()).isEqualTo(403);
        }
        assertThat(Api.anonymous().get("api/notices").status()).isEqualTo(401);
    }

    // ---- helpers ----

    long draft(String sendAt) {
        var answer = author.post("api/notices", body("Important: your account {{accounts}}", sendAt));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().getJsonNumber("id").longValue();
    }

    static String body(String subjectEn, String sendAt) {
        return "{\"subjectEn\":" + Api.quote(subjectEn) + ",\"bodyEn\":\"Dear {{name}},\\n\\nwe found that data of your accounts "
                + "{{accounts}} may have been seen by another customer on 20 November. What happened and what we do: ...\","
                + "\"subjectJa\":\"【重要】アカウント {{accounts}} について\",\"bodyJa\":\"{{name}} 様\\n\\n11 月 20 日、アカウント "
                + "{{accounts}} の情報が他のお客様に表示された可能性があります。\",\"sendAt\":\"" + sendAt + "\"}";
    }

    /** Now plus {@code minutes}, as ISO-8601 with the JST offset. */
    static String future(int minutes) {
        return OffsetDateTime.now(ZoneOffset.ofHours(9)).plusMinutes(minutes).withNano(0).toString();
    }

    JsonObject awaitProgress(long id, java.util.function.Predicate<JsonObject> done, Duration patience) throws InterruptedException {
        var deadline = Instant.now().plus(patience);
        JsonObject notice = null;
        while (Instant.now().isBefore(deadline)) {
            notice = author.get("api/notices/" + id).json();
            if (done.test(notice.getJsonObject("progress"))) {
                return notice;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the notice did not get there in " + patience + ": " + notice);
    }

    static List<MimeMessage> awaitMails(String domain, int count) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<MimeMessage> mails = List.of();
        while (Instant.now().isBefore(deadline)) {
            mails = Mailbox.toDomain(domain);
            if (mails.size() >= count) {
                Thread.sleep(500);
                return Mailbox.toDomain(domain);
            }
            Thread.sleep(300);
        }
        throw new AssertionError("expected " + count + " mails to @" + domain + ", got " + mails.size());
    }

    /** A batch of accounts imported as CSV by an admin, with addresses and numbers no other test uses. */
    record Accounts(String prefix, String domain, Map<String, java.util.Set<String>> byOwner, Map<String, String> names) {

        /** {@code count} accounts; the last two belong to the first owner, so there are count - 2 owners. */
        static Accounts create(int count) {
            var tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
            var prefix = "N" + tag + "-";
            var domain = "n" + tag.toLowerCase(Locale.ROOT) + ".example";
            int owners = count > 2 ? count - 2 : count;
            var csv = new StringBuilder("account_number,login_id,owner_email,holder_name,holder_name_kana,phone,status\n");
            var byOwner = new java.util.TreeMap<String, java.util.Set<String>>();
            var names = new java.util.HashMap<String, String>();
            for (int i = 0; i < count; i++) {
                int owner = i < owners ? i : 0;
                var number = prefix + String.format("%04d", i);
                var address = "owner" + owner + "@" + domain;
                var name = name(owner, tag);
                csv.append(number).append(",l").append(tag.toLowerCase(Locale.ROOT)).append('_').append(i).append(',')
                        .append(address).append(',').append(name).append(",,,ACTIVE\n");
                byOwner.computeIfAbsent(address, a -> new java.util.TreeSet<>()).add(number);
                names.put(address, name);
            }
            var imported = Staff.ADMIN.api().sendBytes("POST", "api/accounts/import", csv.toString().getBytes(StandardCharsets.UTF_8),
                    "text/csv");
            if (imported.status() != 200) {
                throw new IllegalStateException("import failed: " + imported.body());
            }
            return new Accounts(prefix, domain, byOwner, names);
        }

        String addressOf(int owner) {
            return "owner" + owner + "@" + domain;
        }

        java.util.Set<String> numbersOf(String address) {
            return byOwner.get(address);
        }

        String nameOf(String address) {
            return names.get(address);
        }

        /** A Latin name of its own for every owner: the guard would refuse a name another account also has. */
        private static String name(int owner, String tag) {
            String[] syllables = {"ka", "ri", "mo", "ta", "ne", "su", "hi", "ro", "ya", "ko"};
            var first = new StringBuilder();
            for (int n = owner + 1000; n > 0; n /= 10) {
                first.append(syllables[n % 10]);
            }
            return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " " + tag.charAt(0) + tag.substring(1).toLowerCase(Locale.ROOT) + "son";
        }
    }
}
