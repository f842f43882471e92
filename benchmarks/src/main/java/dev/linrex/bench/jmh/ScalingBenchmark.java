package dev.linrex.bench.jmh;

import dev.linrex.bench.check.Outcome;
import dev.linrex.bench.engine.CompiledRegex;
import dev.linrex.bench.engine.Engines;
import dev.linrex.bench.engine.RegexMatcher;
import dev.linrex.bench.workload.RedosSuite;
import dev.linrex.bench.workload.SharedData;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A ReDoS pattern over its attack string grown to {@code size} chars: a find loop counting
 * matches. Time divided by size is the time per char, which must not grow with size for a
 * linear engine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScalingBenchmark {

    /** Row id in corpus/redos/redos-attacks.tsv. */
    @Param("")
    public String attack;

    @Param("10000")
    public int size;

    @Param("linrex")
    public String engine;

    private CompiledRegex re;
    private String text;

    @Setup
    public void setup() {
        RedosSuite.Attack a = find(attack);
        re = Engines.byName(engine).compile(a.regex(), 0);
        text = a.textOfSize(size);
        String want = Fixtures.SCALING_EXPECTED.get(attack + "@" + size);
        String got = Outcome.describe(count(re, text));
        if (want != null && !want.equals(got)) {
            throw new IllegalStateException("CHECK FAILED before measuring " + engine + " on " + attack + "@" + size
                    + ": got " + got + ", linrex/the JDK gave " + want);
        }
    }

    @Benchmark
    public long run() {
        return count(re, text);
    }

    static long count(CompiledRegex re, CharSequence text) {
        RegexMatcher m = re.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static RedosSuite.Attack find(String id) {
        for (RedosSuite.Attack a : RedosSuite.attacks(SharedData.require())) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no ReDoS attack " + id);
    }
}
