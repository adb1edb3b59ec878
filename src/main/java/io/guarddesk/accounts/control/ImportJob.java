package io.guarddesk.accounts.control;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One directory import as the admin watches it: read and check every row, then write them all in
 * one transaction, or nothing. Progress is counted by the worker and read by the page's poll.
 */
public final class ImportJob {

    public enum Phase { READING, WRITING, DONE, REJECTED, FAILED }

    private final String id;
    private final String owner;
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();
    private volatile Phase phase = Phase.READING;
    private volatile int total;
    private volatile List<AccountFile.Rejection> rejections = List.of();
    private volatile Counts counts = new Counts(0, 0, 0);
    private volatile String failure;

    public record Counts(int created, int updated, int unchanged) {
    }

    public ImportJob(String id, String owner) {
        this.id = id;
        this.owner = owner;
    }

    public void reading(int rows) {
        read.set(rows);
    }

    public void writing(int rows) {
        total = rows;
        phase = Phase.WRITING;
    }

    public void wrote(int rows) {
        written.set(rows);
    }

    public void rejected(List<AccountFile.Rejection> found) {
        rejections = List.copyOf(found);
        phase = Phase.REJECTED;
    }

    public void done(Counts result) {
        counts = result;
        written.set(total);
        phase = Phase.DONE;
    }

    public void failed(String reason) {
        failure = reason;
        phase = Phase.FAILED;
    }

    /** 0–100: reading counts for the first tenth, writing for the rest. */
    public int percent() {
        return switch (phase) {
            case READING -> Math.min(9, read.get() / 10_000);
            case WRITING -> total == 0 ? 10 : 10 + (int) (90L * written.get() / total);
            case DONE, REJECTED, FAILED -> 100;
        };
    }

    public boolean finished() {
        return phase == Phase.DONE || phase == Phase.REJECTED || phase == Phase.FAILED;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public Phase phase() {
        return phase;
    }

    public int read() {
        return read.get();
    }

    public int written() {
        return written.get();
    }

    public int total() {
        return total;
    }

    public List<AccountFile.Rejection> rejections() {
        return rejections;
    }

    public Counts counts() {
        return counts;
    }

    public String failure() {
        return failure;
    }
}
