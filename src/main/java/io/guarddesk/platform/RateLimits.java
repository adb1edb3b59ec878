package io.guarddesk.platform;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key (a client address, an e-mail address) for the public endpoints. The
 * buckets live in this instance's memory: with several instances each enforces its own share,
 * which still bounds abuse by the number of instances.
 */
@ApplicationScoped
public class RateLimits {

    /** Bounds memory under an attack that rotates keys; a reset only ever makes limits kinder. */
    static final int MAX_KEYS = 200_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * Takes one token for {@code key} under {@code policy}, or throws with the time to wait.
     */
    public void consume(Policy policy, String key) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        var bucket = buckets.computeIfAbsent(policy.name() + '|' + key, k -> policy.newBucket());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** A named limit: {@code capacity} requests, refilled evenly over {@code period}. */
    public record Policy(String name, long capacity, Duration period) {

        Bucket newBucket() {
            return Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                    .build();
        }
    }
}
