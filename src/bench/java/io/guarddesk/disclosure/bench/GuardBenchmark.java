package io.guarddesk.disclosure.bench;

import io.guarddesk.disclosure.control.AccountIdentifiers;
import io.guarddesk.disclosure.control.Allowance;
import io.guarddesk.disclosure.control.DisclosureScanner;
import io.guarddesk.disclosure.control.Finding;
import io.guarddesk.disclosure.control.IdentifierIndex;
import io.guarddesk.disclosure.control.OutgoingPart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * R2.8 in JMH: the send-time scan of a 20 KB reply and one account change, against an index of
 * {@link #ACCOUNTS} synthetic accounts. Sample-time mode, so the run reports p50 and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GuardBenchmark {

    static final int ACCOUNTS = Integer.getInteger("guard.accounts", 1_000_000);

    private IdentifierIndex index;
    private DisclosureScanner scanner;
    private List<OutgoingPart> reply;
    private Allowance allowance;
    private AccountIdentifiers changing;
    private AccountIdentifiers changed;
    private boolean flipped;

    @Setup(Level.Trial)
    public void setUp() {
        index = build(ACCOUNTS);
        scanner = new DisclosureScanner(index);
        AccountIdentifiers own = requester();
        allowance = Allowance.of(List.of(own), own.ownerEmail(), List.of());
        reply = List.of(new OutgoingPart(OutgoingPart.Where.SUBJECT, "Re: ご注文について / About your order"),
                new OutgoingPart(OutgoingPart.Where.BODY, Reply.to(own)));
        List<Finding> findings = scanner.scan(reply, allowance);
        if (!findings.isEmpty()) {
            throw new IllegalStateException("the reply should pass, but the scan found " + findings);
        }
        changing = SyntheticDirectory.account(ACCOUNTS / 3);
        changed = new AccountIdentifiers(changing.accountNumber(), changing.loginId() + "x",
                "new." + changing.ownerEmail(), changing.holderName(), changing.holderNameKana(), "080-0000-1234");
    }

    @Benchmark
    public List<Finding> scan() {
        return scanner.scan(reply, allowance);
    }

    /** One account change: alternately to its new and back to its old identifiers. */
    @Benchmark
    public IdentifierIndex apply() {
        if (flipped) {
            index.apply(changed, changing);
        } else {
            index.apply(changing, changed);
        }
        flipped = !flipped;
        return index;
    }

    static IdentifierIndex build(int accounts) {
        IdentifierIndex.Builder builder = IdentifierIndex.builder(accounts);
        for (int i = 0; i < accounts; i++) {
            builder.add(SyntheticDirectory.account(i));
        }
        return builder.build();
    }

    /** A Japanese holder in the middle of the directory. */
    static AccountIdentifiers requester() {
        for (int i = ACCOUNTS / 2; ; i++) {
            AccountIdentifiers a = SyntheticDirectory.account(i);
            if (a.holderNameKana() != null) {
                return a;
            }
        }
    }
}
