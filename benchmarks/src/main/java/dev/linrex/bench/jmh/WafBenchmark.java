package dev.linrex.bench.jmh;

import dev.linrex.bench.workload.SharedData;
import dev.linrex.waf.WafWorkload;
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
 * Issue 6's WAF workload: every loaded request-phase CRS rule evaluated against one generated
 * request of {@code size} chars (query string, headers, JSON bodies, an attack string in about
 * one value in {@link WafWorkload#ATTACK_EVERY}), per rule-file group: a {@link dev.linrex.RegexSet}
 * per group, all groups in one {@link dev.linrex.RegexSet#matchesEach} call ({@code set}) or one
 * {@link dev.linrex.RegexSet#matches} call per group ({@code setEach}), versus a java.util.regex find per rule ({@code jdkLoop}) versus a
 * linrex find per rule ({@code linrexLoop}). Time per call; MB/s = size / time.
 *
 * <p>Setup insists that the engines agree on the number of matching rules before measuring.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main WafBenchmark ...}
 * (see WAF-RESULTS.md for the exact command).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WafBenchmark {
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    @Param({"set", "setEach", "linrexLoop", "jdkLoop"})
    public String engine;

    private WafWorkload workload;

    @Setup
    public void setup() throws Exception {
        workload = new WafWorkload(SharedData.require(), size, 1);
        int want = workload.setEach();
        if (workload.set() != want) {
            throw new IllegalStateException("CHECK FAILED: RegexSet.matchesEach disagrees with RegexSet.matches");
        }
        int got = workload.run(engine);
        if (got != want) {
            throw new IllegalStateException("CHECK FAILED: " + engine + " found " + got + " matching rules, RegexSet " + want);
        }
        if (size <= 100_000 && workload.jdkLoop() != want) {
            throw new IllegalStateException("CHECK FAILED: the JDK loop disagrees with RegexSet at size " + size);
        }
    }

    @Benchmark
    public int run() {
        return workload.run(engine);
    }
}
