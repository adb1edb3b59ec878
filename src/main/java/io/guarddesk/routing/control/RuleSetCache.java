package io.guarddesk.routing.control;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The compiled rules of this instance, rebuilt when the stored rules moved on: checked at most
 * every {@code checkEvery} (one cheap read of the version row), or at the next call after
 * {@link #invalidate()}. Classifying threads never wait for a rebuild another thread is doing;
 * they use the rules they have until the new ones are ready.
 */
public final class RuleSetCache {

    private record Compiled(RuleSet rules, long version) {
    }

    private final long checkEveryNanos;
    private final LongSupplier nanoClock;
    private final ReentrantLock rebuilding = new ReentrantLock();
    private volatile Compiled current;
    private volatile long nextCheck;
    private volatile boolean stale;

    public RuleSetCache(Duration checkEvery, LongSupplier nanoClock) {
        this.checkEveryNanos = checkEvery.toNanos();
        this.nanoClock = nanoClock;
    }

    /**
     * @param storedVersion the version row; read before the rules, so a change committed in between
     *                      leaves this instance with a version older than its rules and it rebuilds
     *                      once more, never the other way round
     * @param storedRules   every stored rule, enabled or not
     */
    public RuleSet rules(LongSupplier storedVersion, Supplier<List<RuleDefinition>> storedRules) {
        Compiled known = current;
        if (known != null && fresh()) {
            return known.rules();
        }
        if (known == null) {
            rebuilding.lock();
        } else if (!rebuilding.tryLock()) {
            return known.rules();
        }
        try {
            known = current;
            if (known != null && fresh()) {
                return known.rules();
            }
            stale = false;
            long version = storedVersion.getAsLong();
            if (known == null || known.version() != version) {
                known = new Compiled(RuleSet.compile(storedRules.get()), version);
                current = known;
            }
            nextCheck = nanoClock.getAsLong() + checkEveryNanos;
            return known.rules();
        } finally {
            rebuilding.unlock();
        }
    }

    /** The stored rules changed here: check at the next call, whatever the time. */
    public void invalidate() {
        stale = true;
    }

    private boolean fresh() {
        return !stale && nanoClock.getAsLong() - nextCheck < 0;
    }
}
