package dev.linrex.bench.jmh;

import dev.linrex.bench.check.Outcome;
import dev.linrex.bench.engine.CompiledRegex;
import dev.linrex.bench.engine.Engine;
import dev.linrex.bench.engine.Engines;
import dev.linrex.bench.workload.Operation;
import dev.linrex.bench.workload.Suites;
import dev.linrex.bench.workload.Workload;
import java.util.ArrayList;
import java.util.List;
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
 * Time of one call of a workload's operation (compile excluded) on one engine. The trial first
 * runs the call once and insists on the answer the check step recorded for this engine, so a
 * number is never reported for a wrong answer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkloadBenchmark {

    /** Workload key ("suite/id"). */
    @Param("")
    public String workload;

    @Param("linrex")
    public String engine;

    private Workload w;
    private Operation op;
    private List<CompiledRegex> compiled;

    @Setup
    public void setup() {
        w = Suites.get(workload);
        op = w.operation();
        Engine e = Engines.byName(engine);
        compiled = new ArrayList<>();
        for (String re : w.regexes()) {
            compiled.add(e.compile(re, w.flags()));
        }
        String got = Outcome.describe(op.apply(compiled, w));
        String want = Fixtures.EXPECTED.get(workload);
        if (want == null || !want.equals(got)) {
            throw new IllegalStateException("CHECK FAILED before measuring " + engine + " on " + workload
                    + ": got " + got + ", the check step recorded " + want);
        }
    }

    @Benchmark
    public Object run() {
        return op.apply(compiled, w);
    }
}
