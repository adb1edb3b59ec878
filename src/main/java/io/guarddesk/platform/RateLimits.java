package io.guarddesk.platform;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key (a client address, an e-mail address) for the public endpoints. The
 * buckets live in this instance's memory: with several instances each enforces its own share,
 * which still bounds abuse by the number of instances.
 */
@ApplicationScoped
public class RateLimits {

    /** Bounds memory under an attack that rotates keys. */
    static final int MAX_KEYS = 200_000;

    private final Map<String, Limited> buckets = new ConcurrentHashMap<>();
    private final int maxKeys;
    private final TimeMeter time;

    public RateLimits() {
        this(MAX_KEYS, TimeMeter.SYSTEM_NANOTIME);
    }

    /** With a table size and a clock of the caller's choosing: tests move time instead of sleeping. */
    RateLimits(int maxKeys, TimeMeter time) {
        this.maxKeys = maxKeys;
        this.time = time;
    }

    /** Takes one token for {@code key} under {@code policy}, or throws with the time to wait. */
    public void consume(Policy policy, String key) {
        var id = policy.name() + '|' + key;
        var limited = buckets.get(id);
        if (limited == null) {
            limited = admit(policy, id);
        }
        limited.lastSeen = time.currentTimeNanos();
        var probe = limited.bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Whether {@code key} has a token left, without taking it. */
    public boolean allows(Policy policy, String key) {
        var limited = buckets.get(policy.name() + '|' + key);
        return limited == null || limited.bucket.estimateAbilityToConsume(1).canBeConsumed();
    }

    /**
     * A bucket for a key not seen lately. When the table is full, idle buckets (refilled to
     * capacity, so forgetting them changes nothing) make room first; under a flood of new keys
     * the least recently seen tenth goes, so a flood can neither grow memory nor lock out
     * newcomers, and a key that was limited moments ago is the last to be forgotten.
     */
    private Limited admit(Policy policy, String id) {
        if (buckets.size() >= maxKeys) {
            buckets.values().removeIf(Limited::idle);
        }
        if (buckets.size() >= maxKeys) {
            forgetLeastRecent(Math.max(1, maxKeys / 10));
        }
        return buckets.computeIfAbsent(id, k -> new Limited(policy.newBucket(time), policy.capacity()));
    }

    private void forgetLeastRecent(int count) {
        buckets.entrySet().stream()
                .sorted(Comparator.comparingLong(entry -> entry.getValue().lastSeen))
                .limit(count)
                .map(Map.Entry::getKey)
                .toList()
                .forEach(buckets::remove);
    }

    int size() {
        return buckets.size();
    }

    private static final class Limited {

        final Bucket bucket;
        final long capacity;
        volatile long lastSeen;

        Limited(Bucket bucket, long capacity) {
            this.bucket = bucket;
            this.capacity = capacity;
        }

        boolean idle() {
            return bucket.estimateAbilityToConsume(capacity).canBeConsumed();
        }
    }

    /** A named limit: {@code capacity} requests, refilled evenly over {@code period}. */
    public record Policy(String name, long capacity, Duration period) {

        Bucket newBucket(TimeMeter time) {
            return Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                    .withCustomTimePrecision(time)
                    .build();
        }
    }
}
