package io.guarddesk.disclosure.bench;

import io.guarddesk.disclosure.control.AccountIdentifiers;
import io.guarddesk.disclosure.control.IdentifierIndex;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * R2.8 figures in one run ({@code mvn -Pbench test}): index build time, retained heap and key count
 * for a million synthetic accounts (three builds, median), then the JMH scan and apply latencies
 * (p50, p99), each printed against its target.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = GuardBenchmark.ACCOUNTS;
        List<AccountIdentifiers> directory = new ArrayList<>(accounts);
        for (int i = 0; i < accounts; i++) {
            directory.add(SyntheticDirectory.account(i));
        }
        int builds = Integer.getInteger("guard.builds", 3);
        double[] seconds = new double[builds];
        double[] heapMb = new double[builds];
        IdentifierIndex index = null;
        for (int run = 0; run < builds; run++) {
            index = null;
            long before = usedHeapAfterGc();
            long start = System.nanoTime();
            IdentifierIndex.Builder builder = IdentifierIndex.builder(accounts);
            for (AccountIdentifiers account : directory) {
                builder.add(account);
            }
            index = builder.build();
            seconds[run] = (System.nanoTime() - start) / 1e9;
            heapMb[run] = (usedHeapAfterGc() - before) / 1048576.0;
            System.out.printf("build %d: %.2f s, retained heap (GC delta) %.1f MB%n", run + 1, seconds[run], heapMb[run]);
        }
        System.out.printf("%nR2.8 index of %,d accounts: %,d keys%n", accounts, index.size());
        System.out.printf("  build time     median %.2f s   (target <= 10 s)%n", median(seconds));
        System.out.printf("  retained heap  median %.1f MB (GC delta), %.1f MB counted by retainedBytes() (target <= 64 MB)%n",
                median(heapMb), index.retainedBytes() / 1048576.0);
        directory = null;
        index = null;

        Options options = new OptionsBuilder()
                .include(GuardBenchmark.class.getName())
                .forks(Integer.getInteger("guard.forks", 1))
                .warmupIterations(5).warmupTime(TimeValue.seconds(2))
                .measurementIterations(10).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx2g", "-Dguard.accounts=" + accounts)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.printf("%nR2.8 latencies (µs), %,d accounts:%n", accounts);
        for (RunResult result : results) {
            Statistics s = result.getPrimaryResult().getStatistics();
            System.out.printf("  %-8s p50 %8.1f   p99 %8.1f   p99.9 %8.1f   max %8.1f   (n=%d)%n",
                    result.getParams().getBenchmark().replaceAll(".*\\.", ""), s.getPercentile(50),
                    s.getPercentile(99), s.getPercentile(99.9), s.getMax(), s.getN());
        }
        System.out.println("  targets: scan p50 <= 200 µs, p99 <= 1000 µs");
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
