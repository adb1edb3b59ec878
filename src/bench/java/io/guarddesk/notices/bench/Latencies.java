package io.guarddesk.notices.bench;

import java.util.Arrays;

/**
 * The latencies of one kind of request, and how many of them failed. Written by one polling thread
 * and read only after that thread has been joined, so it needs no locking.
 */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private int failures;

    /** Every attempt counts, also a failed one: a request that timed out is the slowest answer of all. */
    void add(long latencyNanos, boolean ok) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
        if (!ok) {
            failures++;
        }
    }

    int count() {
        return count;
    }

    int failures() {
        return failures;
    }

    /** Nearest-rank percentile in milliseconds; NaN when nothing was measured. */
    double percentileMillis(double percentile) {
        if (count == 0) {
            return Double.NaN;
        }
        var sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1e6;
    }

    double maxMillis() {
        return percentileMillis(100);
    }
}
