package io.guarddesk.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compares three records of the run: what the load was told (the ledger), what the database
 * holds, and what the SMTP server received. Here the ledger against the database: a 2xx answer
 * must mean stored, a failure answer not stored; {@link MailChecks} compares the mails.
 */
final class Verification {

    private final KillRun.Outcome run;
    private final Stored stored;
    private final Map<String, List<MailSink.Received>> delivered;
    private final Report report;

    Verification(KillRun.Outcome run, Stored stored, List<MailSink.Received> received, Report report) {
        this.run = run;
        this.stored = stored;
        this.delivered = received.stream().collect(Collectors.groupingBy(r -> String.valueOf(r.messageId())));
        this.report = report;
    }

    void verify(int requiredKills, boolean strictOnce) {
        kills(requiredKills);
        submissions();
        replies();
        new MailChecks(run, stored, delivered, report).verify(strictOnce);
    }

    private void kills(int requiredKills) {
        var kills = run.kills();
        report.section("Kills");
        report.figure("kill -9 of the server", kills.size());
        report.figure("kills with requests in flight", kills.stream().filter(k -> k.inFlight() > 0).count());
        report.figure("requests in flight at the kills", kills.stream().mapToInt(Chaos.Kill::inFlight).sum());
        report.figure("life before a kill, median / max (s)", seconds(kills.stream().mapToLong(k -> k.uptime().toMillis()).sorted().toArray()));
        report.figure("boot after a kill, median / max (s)", seconds(kills.stream().mapToLong(k -> k.nextBoot().toMillis()).sorted().toArray()));
        report.figure("first boot (s)", run.firstBoot().toMillis() / 1000.0);
        report.figure("whole run (s)", run.elapsed().toSeconds());
        report.check("at least " + requiredKills + " kills during the load", kills.size() >= requiredKills, kills.size() + " kills");
    }

    private void submissions() {
        var byEmail = stored.tickets().stream().collect(Collectors.groupingBy(Stored.TicketRow::email));
        var work = run.work().stream().filter(w -> w.kind == Work.Kind.SUBMISSION).toList();
        var missing = new ArrayList<String>();
        var wrongReference = new ArrayList<String>();
        var storedThoughFailed = new ArrayList<String>();
        var extra = new ArrayList<String>();
        int unknownStored = 0;
        for (var w : work) {
            var rows = byEmail.getOrDefault(w.key, List.of());
            var outcome = w.outcome();
            if (outcome == Work.Result.SAVED && rows.isEmpty()) {
                missing.add(w.reference() + " (" + w.key + ", " + whenSaved(w) + ")");
            }
            if (outcome == Work.Result.SAVED && !rows.isEmpty() && rows.stream().noneMatch(r -> r.reference().equals(w.reference()))) {
                wrongReference.add(w.reference() + " vs " + rows.get(0).reference());
            }
            if (outcome == Work.Result.FAILED && !rows.isEmpty()) {
                storedThoughFailed.add(w.key + " " + statuses(w));
            }
            if (rows.size() > w.count(Work.Result.SAVED) + w.count(Work.Result.UNKNOWN)) {
                extra.add(w.key + " stored " + rows.size() + "x");
            }
            if (outcome == Work.Result.UNKNOWN && !rows.isEmpty()) {
                unknownStored++;
            }
        }
        section("Submissions (POST /api/tickets)", work, unknownStored);
        report.figure("answered 2xx and found in the database", work.stream().filter(w -> w.outcome() == Work.Result.SAVED).count() - missing.size());
        report.figure("answered 2xx and MISSING", missing.size());
        report.figure("  MISSING: answered this long before a kill (ms)", gaps(work, w -> byEmail.getOrDefault(w.key, List.of()).isEmpty()));
        report.figure("answered 2xx in the last second before a kill / of those MISSING",
                nearKill(work, w -> true) + " / " + nearKill(work, w -> byEmail.getOrDefault(w.key, List.of()).isEmpty()));
        report.check("every submission answered 'saved' exists", missing.isEmpty(), Report.examples(missing));
        report.check("a saved submission has the reference it was answered with", wrongReference.isEmpty(), Report.examples(wrongReference));
        report.check("no submission answered with a failure was stored, none twice", storedThoughFailed.isEmpty() && extra.isEmpty(),
                Report.examples(concat(storedThoughFailed, extra)));
    }

    private void replies() {
        var idByReference = stored.tickets().stream().collect(Collectors.toMap(Stored.TicketRow::reference, Stored.TicketRow::id, (a, b) -> a));
        var work = run.work().stream().filter(w -> w.kind == Work.Kind.REPLY).toList();
        var missing = new ArrayList<String>();
        var storedThoughFailed = new ArrayList<String>();
        var extra = new ArrayList<String>();
        var wrongTicket = new ArrayList<String>();
        int unknownStored = 0;
        for (var w : work) {
            var ticketIds = stored.replyTicketIdsByMarker().getOrDefault(w.index, List.of());
            var outcome = w.outcome();
            if (outcome == Work.Result.SAVED && ticketIds.isEmpty()) {
                missing.add("reply " + w.index + " on " + w.ticket.reference() + " (" + whenSaved(w) + ")");
            }
            if (outcome == Work.Result.FAILED && !ticketIds.isEmpty()) {
                storedThoughFailed.add("reply " + w.index + " " + statuses(w));
            }
            if (ticketIds.size() > w.count(Work.Result.SAVED) + w.count(Work.Result.UNKNOWN)) {
                extra.add("reply " + w.index + " stored " + ticketIds.size() + "x");
            }
            if (ticketIds.stream().anyMatch(id -> !id.equals(idByReference.get(w.ticket.reference())))) {
                wrongTicket.add("reply " + w.index);
            }
            if (outcome == Work.Result.UNKNOWN && !ticketIds.isEmpty()) {
                unknownStored++;
            }
        }
        section("Replies (POST /api/tickets/{ref}/replies)", work, unknownStored);
        report.figure("answered 200 and found in the database", work.stream().filter(w -> w.outcome() == Work.Result.SAVED).count() - missing.size());
        report.figure("answered 200 and MISSING", missing.size());
        report.figure("  MISSING: answered this long before a kill (ms)",
                gaps(work, w -> stored.replyTicketIdsByMarker().getOrDefault(w.index, List.of()).isEmpty()));
        report.figure("answered 200 in the last second before a kill / of those MISSING", nearKill(work, w -> true) + " / "
                + nearKill(work, w -> stored.replyTicketIdsByMarker().getOrDefault(w.index, List.of()).isEmpty()));
        report.figure("replies committed in the database (by marker)", stored.replyTicketIdsByMarker().values().stream().mapToInt(List::size).sum());
        report.check("every reply answered 200 is committed, on its ticket", missing.isEmpty() && wrongTicket.isEmpty(),
                Report.examples(concat(missing, wrongTicket)));
        report.check("no reply answered with a failure was committed, none twice", storedThoughFailed.isEmpty() && extra.isEmpty(),
                Report.examples(concat(storedThoughFailed, extra)));
    }

    private void section(String title, List<Work> work, int unknownStored) {
        report.section(title);
        report.figure("sent", work.size());
        report.figure("answered saved (2xx)", work.stream().filter(w -> w.outcome() == Work.Result.SAVED).count());
        report.figure("answered failed (final, after retries)", work.stream().filter(w -> w.outcome() == Work.Result.FAILED).count());
        report.figure("unknown (no answer: in flight at a kill)", work.stream().filter(w -> w.outcome() == Work.Result.UNKNOWN).count());
        report.figure("  of which committed anyway", unknownStored);
        report.figure("attempts refused while down (retried)", work.stream().mapToLong(w -> w.count(Work.Result.REFUSED)).sum());
        var failedStatuses = new TreeMap<Integer, Integer>();
        work.forEach(w -> w.attempts().stream().filter(a -> a.result() == Work.Result.FAILED).forEach(a -> failedStatuses.merge(a.status(), 1, Integer::sum)));
        report.figure("failure answers by status (all attempts)", failedStatuses.isEmpty() ? "none" : failedStatuses);
    }

    /**
     * When the 2xx came, against the nearest kill: "202 412 ms before kill 3"; a negative figure is
     * an answer read after the kill was issued (it was already on its way).
     */
    private String whenSaved(Work w) {
        var saved = savedAttempt(w);
        return nearestKill(saved).map(k -> saved.status() + " " + (k.killedAt() - saved.answeredAt()) + " ms before kill " + k.number())
                .orElse(saved.status() + " with no kill at all");
    }

    private static Work.Attempt savedAttempt(Work w) {
        return w.attempts().stream().filter(a -> a.result() == Work.Result.SAVED).findFirst().orElseThrow();
    }

    private java.util.Optional<Chaos.Kill> nearestKill(Work.Attempt attempt) {
        return run.kills().stream().min(java.util.Comparator.comparingLong(k -> Math.abs(k.killedAt() - attempt.answeredAt())));
    }

    /** For the saved work {@code absent} picks: how long before the nearest kill each 2xx came (ms), as quartiles. */
    private String gaps(List<Work> work, java.util.function.Predicate<Work> absent) {
        var gaps = work.stream().filter(w -> w.outcome() == Work.Result.SAVED).filter(absent).map(Verification::savedAttempt)
                .mapToLong(a -> nearestKill(a).map(k -> k.killedAt() - a.answeredAt()).orElse(Long.MIN_VALUE))
                .sorted().toArray();
        if (gaps.length == 0) {
            return "-";
        }
        return String.format("min %d / p25 %d / median %d / p75 %d / max %d", gaps[0], gaps[gaps.length / 4], gaps[gaps.length / 2],
                gaps[gaps.length * 3 / 4], gaps[gaps.length - 1]);
    }

    /** How many of the saved work {@code which} picks were answered less than a second before a kill (or just after it was issued). */
    private long nearKill(List<Work> work, java.util.function.Predicate<Work> which) {
        return work.stream().filter(w -> w.outcome() == Work.Result.SAVED).filter(which).map(Verification::savedAttempt)
                .filter(a -> nearestKill(a).map(k -> k.killedAt() - a.answeredAt()).filter(gap -> gap > -1000 && gap < 1000).isPresent())
                .count();
    }

    private static String statuses(Work w) {
        return w.attempts().stream().map(a -> a.result() + (a.status() > 0 ? " " + a.status() : "")).toList().toString();
    }

    private static String seconds(long[] sortedMillis) {
        if (sortedMillis.length == 0) {
            return "-";
        }
        return String.format("%.1f / %.1f", sortedMillis[sortedMillis.length / 2] / 1000.0, sortedMillis[sortedMillis.length - 1] / 1000.0);
    }

    static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
