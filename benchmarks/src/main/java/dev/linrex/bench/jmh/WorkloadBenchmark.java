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
import dev.linrex.bench.Settings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

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

    private boolean drained;
    /** How often the queues are read while waiting: most pending compiles take a few ms. */
    private static final long DRAIN_POLL_MS = 5;

    /**
     * Before the first timed iteration, waits for the JIT's compile queues to empty. A fresh
     * pattern can take branches the engine's compiled code treats as never taken (BIMODAL.md,
     * finding 2); the method then runs interpreted until C2 has compiled it again, which takes
     * 0.15-2.4 s for the biggest methods on this machine, longer than the warm-up: without the
     * wait such a cell times the interpreter. The wait is ~1 ms when the queues are empty; a
     * longer one is printed (on the line of JMH's first iteration).
     */
    @Setup(Level.Iteration)
    public void drainBeforeMeasuring(IterationParams params) {
        if (drained || params.getType() != IterationType.MEASUREMENT || !Settings.drainBeforeMeasuring()) {
            return;
        }
        drained = true;
        long waited = JitQueueDrain.await(DRAIN_POLL_MS);
        if (waited > 0) {
            System.out.printf("[%s] %s: %d ms for the JIT queues to empty before the timed iterations%n",
                    engine, workload, waited);
        }
    }

    @Benchmark
    public Object run() {
        return op.apply(compiled, w);
    }
}
