package io.guarddesk.crash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.guarddesk.crash.Verification.concat;

/**
 * The mails against the database: every outbox row must arrive, under its own Message-ID, and
 * nothing the outbox does not hold may arrive (a mail of a rolled-back reply would be such a
 * delivery); per confirmed ticket, committed replies, reply-notice rows and notices received agree.
 */
final class MailChecks {

    private final KillRun.Outcome run;
    private final Stored stored;
    private final Map<String, List<MailSink.Received>> delivered;
    private final Report report;

    MailChecks(KillRun.Outcome run, Stored stored, Map<String, List<MailSink.Received>> delivered, Report report) {
        this.run = run;
        this.stored = stored;
        this.delivered = delivered;
        this.report = report;
    }

    void verify(boolean strictOnce) {
        mails(strictOnce);
        replyNotices();
        confirmations();
    }

    private void mails(boolean strictOnce) {
        var outboxIds = new HashSet<String>();
        var notDelivered = new ArrayList<String>();
        var suppressedButSent = new ArrayList<String>();
        var wrongRecipient = new ArrayList<String>();
        var byKind = new TreeMap<String, int[]>();
        var statuses = new TreeMap<String, Integer>();
        int duplicates = 0;
        for (var row : stored.outbox()) {
            outboxIds.add(row.messageId());
            statuses.merge(row.status(), 1, Integer::sum);
            var copies = delivered.getOrDefault(row.messageId(), List.of());
            var kind = byKind.computeIfAbsent(row.kind(), k -> new int[4]);
            kind[0]++;
            kind[1] += copies.isEmpty() ? 0 : 1;
            kind[2] += copies.size();
            kind[3] += Math.max(0, copies.size() - 1);
            duplicates += Math.max(0, copies.size() - 1);
            if ("SUPPRESSED".equals(row.status()) && !copies.isEmpty()) {
                suppressedButSent.add(row.messageId());
            } else if (!"SUPPRESSED".equals(row.status()) && copies.isEmpty()) {
                notDelivered.add(row.kind() + " " + row.messageId() + " " + row.status() + " to " + row.recipient());
            }
            copies.stream().filter(c -> !c.to().equals(List.of(row.recipient()))).findFirst()
                    .ifPresent(c -> wrongRecipient.add(row.messageId() + " to " + c.to()));
        }
        var unexpected = delivered.entrySet().stream().filter(e -> !outboxIds.contains(e.getKey()))
                .map(e -> e.getKey() + " to " + e.getValue().get(0).to() + " x" + e.getValue().size()).sorted().toList();
        report.section("Mails (GreenMail; a repeat keeps its Message-ID)");
        report.figure("deliveries received", delivered.values().stream().mapToInt(List::size).sum());
        report.figure("distinct Message-IDs received", delivered.size());
        report.figure("outbox rows by status", statuses);
        byKind.forEach((kind, n) -> report.figure("  " + kind + ": rows / delivered / deliveries / duplicates",
                n[0] + " / " + n[1] + " / " + n[2] + " / " + n[3]));
        report.figure("outbox rows never delivered", notDelivered.size());
        report.figure("deliveries the database knows nothing of", unexpected.size());
        report.figure("outbox drained before the stop", run.drained());
        report.check("every mail in the outbox was delivered", notDelivered.isEmpty() && run.drained(), Report.examples(notDelivered));
        report.check("nothing delivered that the database does not hold (no mail of a rolled-back change)", unexpected.isEmpty(),
                Report.examples(unexpected));
        report.check("each delivery went to its row's one recipient; nothing suppressed was sent",
                wrongRecipient.isEmpty() && suppressedButSent.isEmpty(), Report.examples(concat(wrongRecipient, suppressedButSent)));
        var detail = duplicates + " repeated deliveries, each with its original Message-ID";
        if (strictOnce) {
            report.check("no mail delivered twice", duplicates == 0, detail);
        } else {
            report.note("repeats after a kill (at-least-once delivery, README)", detail);
        }
    }

    /** Per confirmed ticket: committed replies = REPLY rows in the outbox = distinct reply notices received. */
    private void replyNotices() {
        var idByReference = stored.tickets().stream().collect(Collectors.toMap(Stored.TicketRow::reference, Stored.TicketRow::id, (a, b) -> a));
        var committed = new HashMap<Long, Integer>();
        stored.replyTicketIdsByMarker().values().forEach(ids -> ids.forEach(id -> committed.merge(id, 1, Integer::sum)));
        var rowsByTicket = stored.outbox().stream().filter(r -> "REPLY".equals(r.kind()) && r.ticketId() != null)
                .collect(Collectors.groupingBy(Stored.MailRow::ticketId));
        var mismatched = new ArrayList<String>();
        int notices = 0;
        int committedTotal = 0;
        for (var ticket : run.tickets()) {
            Long id = idByReference.get(ticket.reference());
            int replies = id == null ? 0 : committed.getOrDefault(id, 0);
            var rows = id == null ? List.<Stored.MailRow>of() : rowsByTicket.getOrDefault(id, List.of());
            long received = rows.stream().filter(r -> delivered.containsKey(r.messageId())).count();
            notices += received;
            committedTotal += replies;
            if (id == null || rows.size() != replies || received != replies) {
                mismatched.add(ticket.reference() + ": " + replies + " committed, " + rows.size() + " in outbox, " + received + " delivered");
            }
        }
        report.section("Reply notices per confirmed ticket");
        report.figure("tickets", run.tickets().size());
        report.figure("committed replies / distinct notices delivered", committedTotal + " / " + notices);
        report.check("each committed reply was announced exactly once (one Message-ID), and only those", mismatched.isEmpty(),
                Report.examples(mismatched));
    }

    /** Every ticket the run created has exactly one confirmation mail, and it arrived. */
    private void confirmations() {
        var rowsByTicket = stored.outbox().stream().filter(r -> "CONFIRMATION".equals(r.kind()) && r.ticketId() != null)
                .collect(Collectors.groupingBy(Stored.MailRow::ticketId));
        var wrong = new ArrayList<String>();
        for (var ticket : stored.tickets()) {
            var rows = rowsByTicket.getOrDefault(ticket.id(), List.of());
            long received = rows.stream().filter(r -> delivered.containsKey(r.messageId())).count();
            if (rows.size() != 1 || received != 1) {
                wrong.add(ticket.reference() + ": " + rows.size() + " rows, " + received + " delivered");
            }
        }
        report.check("each stored ticket got exactly one confirmation mail", wrong.isEmpty(), Report.examples(wrong));
    }
}
