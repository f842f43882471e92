package dev.linrex.bench.jmh;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.linrex.bench.Settings;
import dev.linrex.bench.engine.Engine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Compile time, measured the way issue 4's target reads: the median over the compile set's
 * patterns of each pattern's own compile time, for every engine in the same rounds.
 *
 * <p>Per pattern and engine it times a batch of k compiles of that one pattern (k chosen per
 * pattern and engine so that a batch lasts at least {@code batchMicros}, far above the clock's
 * granularity and the ~0.3 µs a reading costs). A round visits the patterns in a fresh (seeded)
 * random order and, at each, times one batch of every engine, the engines in a fresh order too.
 * A pattern's time for an engine is the median of its batches over the rounds; the engine's
 * figure is the median of those over the patterns. Beside it, per pattern the ratio engine ÷
 * JDK of each round's two batches (taken moments apart) has a median over the rounds, and the
 * median of those over the patterns is the per-pattern ratio.
 *
 * <p>Why all engines in one loop: on this shared machine the speed of allocation-heavy code
 * (compiling is) swings by 3–8× for seconds at a time while other jobs run, for every engine
 * alike (a register-only loop does not slow down), so engines measured one after another, each
 * in its own JVM, saw different machines: two report runs of the same code gave 3.03× and 9.77×.
 * Timed side by side, every engine sees the same swings. The JDK library code the engines share
 * (collections, String) gets one JIT profile for all of them, as in an application using several.
 *
 * <p>JMH times the batches: the schedule of rounds is laid out first, and each batch is one JMH
 * iteration of {@link CompileBatchBenchmark} (SingleShotTime, forks=0). The figure taken is the
 * batch's thread CPU time, which that benchmark records as a JMH secondary result: with the load
 * at 6–12 on 2 cores most 50 µs batches timed by the wall clock included time the thread spent
 * descheduled. The warm-up, which only sizes the batches, calls the engines directly. (The
 * earlier form, JMH SampleTime timing one call per sample while cycling through the set, mixed
 * timer granularity, cycling order and JIT state into every sample.)
 */
public final class CompileBenchmark {

    /** Warm-up passes over the set at least, however short the warm-up time. */
    static final int MIN_WARMUP_PASSES = 10;

    /** Passes after the JIT queues drained whose fastest calls size the batches. */
    static final int SIZING_PASSES = 3;

    /** Timed rounds at least, however long they take. */
    static final int MIN_ROUNDS = 11;

    /** What one JMH iteration costs beyond its batch (set-up, bookkeeping), to plan rounds. */
    private static final long ITERATION_OVERHEAD_NANOS = 20_000;

    /** The last compiled pattern of each batch, kept where the JIT cannot prove it unused. */
    static volatile Object sink;

    private final List<Engine> engines;
    private final List<Map.Entry<String, Integer>> patterns;

    public CompileBenchmark(List<Engine> engines, List<Map.Entry<String, Integer>> patterns) {
        if (patterns.isEmpty() || engines.isEmpty()) {
            throw new IllegalStateException("empty compile set or no engine");
        }
        this.engines = List.copyOf(engines);
        this.patterns = List.copyOf(patterns);
    }

    /**
     * Warms up for {@code warmupMillis} (whole passes of every engine over the set, at least
     * {@link #MIN_WARMUP_PASSES}), then each engine alone up to its share of passes, waits for
     * the JIT's compile queues to empty, sizes each batch
     * from the fastest call of {@link #SIZING_PASSES} further passes, then runs {@code rounds}
     * timed rounds. Returns per engine its figures (see the class comment).
     */
    public JsonObject run(long warmupMillis, int rounds, long batchMicros) {
        return run(warmupMillis, rounds, batchMicros, Long.MAX_VALUE);
    }

    /**
     * As {@link #run(long, int, long)}, but with fewer rounds when the warm-up's call times say
     * {@code rounds} would take longer than {@code measureMillis} (never fewer than
     * {@link #MIN_ROUNDS}), so a heavily loaded machine does not stretch the report run;
     * "rounds" says how many ran.
     */
    public JsonObject run(long warmupMillis, int rounds, long batchMicros, long measureMillis) {
        int n = patterns.size();
        int m = engines.size();
        long[][] single = new long[m][n];
        for (long[] s : single) {
            Arrays.fill(s, Long.MAX_VALUE);
        }
        long warmupEnd = System.nanoTime() + warmupMillis * 1_000_000L;
        int passes = 0;
        do {
            pass(single);
            passes++;
        } while (System.nanoTime() < warmupEnd || passes < MIN_WARMUP_PASSES);
        // The passes above go at the pace of the slowest engine (SafeRE: ~20 ms per pass, linrex
        // and the JDK ~2 ms), so in 4 s a fast engine's parser and compiler ran only ~40 × per
        // pattern: many of its methods were still below C2's thresholds (~5,000-15,000 calls)
        // and were timed in C1's profiling code, then moved to C2 during the timed rounds
        // (linrex's median compile: 4-5× the JDK's after 4 s, 3.1× after 20 s of warm-up). So
        // each engine then runs alone until it has had Settings.compileEnginePasses() passes, at
        // most half the warm-up time per engine.
        int[] enginePasses = new int[m];
        for (int e = 0; e < m; e++) {
            enginePasses[e] = passes;
            long soloEnd = System.nanoTime() + warmupMillis * 500_000L;
            while (enginePasses[e] < Settings.compileEnginePasses() && System.nanoTime() < soloEnd) {
                pass(e, single[e]);
                enginePasses[e]++;
            }
        }
        // Time the steady state, not the JIT's backlog: after the warm-up the compile queues hold
        // seconds of work on 2 cores, and an engine whose compile path is still queued runs it
        // interpreted or C1-profiled (linrex's `a`: ~1-2 µs per compile until its queue drained,
        // ~0.2 µs after). The batches are sized from passes after the wait, on the code timed.
        long drained = JitQueueDrain.await();
        for (long[] s : single) {
            Arrays.fill(s, Long.MAX_VALUE);
        }
        for (int k = 0; k < SIZING_PASSES; k++) {
            pass(single);
        }
        drained += JitQueueDrain.await();
        int[][] batch = new int[m][n];
        for (int e = 0; e < m; e++) {
            for (int i = 0; i < n; i++) {
                long t = Math.max(1, single[e][i]);
                batch[e][i] = (int) Math.max(1, Math.min(10_000, (batchMicros * 1_000L + t - 1) / t));
            }
        }
        int planned = plannedRounds(rounds, measureMillis, batch, single);
        List<CompileBatchBenchmark.Batch> schedule = new ArrayList<>();
        int[] engineOf = new int[planned * n * m];
        int[] patternOf = new int[engineOf.length];
        List<Integer> order = indices(n);
        List<Integer> engineOrder = indices(m);
        Random random = new Random(42);
        for (int r = 0; r < planned; r++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                Collections.shuffle(engineOrder, random);
                for (int e : engineOrder) {
                    engineOf[schedule.size()] = e;
                    patternOf[schedule.size()] = i;
                    Map.Entry<String, Integer> p = patterns.get(i);
                    schedule.add(new CompileBatchBenchmark.Batch(engines.get(e), p.getKey(), p.getValue(), batch[e][i]));
                }
            }
        }
        long measureStart = System.nanoTime();
        List<Double> scores = runJmh(schedule);
        double[][][] times = new double[m][n][planned];
        int[][] seen = new int[m][n];
        for (int s = 0; s < scores.size(); s++) {
            int e = engineOf[s];
            int i = patternOf[s];
            times[e][i][seen[e][i]++] = scores.get(s) / batch[e][i];
        }
        int done = planned;
        JsonObject out = new JsonObject();
        out.addProperty("patterns", n);
        out.addProperty("rounds", done);
        out.addProperty("batchMicros", batchMicros);
        out.addProperty("warmupMillis", warmupMillis);
        out.addProperty("warmupPasses", passes);
        out.addProperty("enginePasses", Settings.compileEnginePasses());
        out.addProperty("jitDrainMillis", drained);
        out.addProperty("measureMillis", (System.nanoTime() - measureStart) / 1e6);
        int jdk = indexOf("jdk");
        JsonObject byEngine = new JsonObject();
        for (int e = 0; e < m; e++) {
            JsonObject f = figures(times[e], jdk < 0 ? null : times[jdk]);
            f.addProperty("warmupPasses", enginePasses[e]);
            byEngine.add(engines.get(e).name(), f);
        }
        out.add("engines", byEngine);
        return out;
    }

    /** One call of every engine on every pattern, keeping each pair's fastest call in {@code single}. */
    private void pass(long[][] single) {
        for (int i = 0; i < patterns.size(); i++) {
            for (int e = 0; e < engines.size(); e++) {
                long t0 = System.nanoTime();
                sink = compile(e, i);
                single[e][i] = Math.min(single[e][i], System.nanoTime() - t0);
            }
        }
    }

    /** One call of engine {@code e} on every pattern, keeping each fastest call in {@code single}. */
    private void pass(int e, long[] single) {
        for (int i = 0; i < patterns.size(); i++) {
            long t0 = System.nanoTime();
            sink = compile(e, i);
            single[i] = Math.min(single[i], System.nanoTime() - t0);
        }
    }

    /** One engine's figures from its batch times [pattern][round] (and the JDK's, or null). */
    private static JsonObject figures(double[][] mine, double[][] jdk) {
        int n = mine.length;
        double[] perPattern = new double[n];
        double[] spread = new double[n];
        double[] ratio = new double[n];
        for (int i = 0; i < n; i++) {
            double[] s = sorted(mine[i]);
            perPattern[i] = median(s);
            spread[i] = (percentile(s, 75) - percentile(s, 25)) / perPattern[i];
            if (jdk != null) {
                double[] q = new double[s.length];
                for (int r = 0; r < q.length; r++) {
                    q[r] = mine[i][r] / jdk[i][r];
                }
                ratio[i] = median(sorted(q));
            }
        }
        double[] sortedTimes = sorted(perPattern);
        JsonObject f = new JsonObject();
        f.addProperty("p50Nanos", median(sortedTimes));
        f.addProperty("p90Nanos", percentile(sortedTimes, 90));
        f.addProperty("meanNanos", Arrays.stream(sortedTimes).average().orElse(Double.NaN));
        f.addProperty("medianRelativeIqr", median(sorted(spread)));
        if (jdk != null) {
            f.addProperty("perPatternRatioToJdk", median(sorted(ratio)));
        }
        JsonArray each = new JsonArray();
        Arrays.stream(perPattern).forEach(each::add);
        f.add("perPatternNanos", each);
        return f;
    }

    /**
     * Rounds to run: {@code rounds}, fewer if the warm-up's call times say they would take longer
     * than {@code measureMillis} of wall time (a heavily loaded machine), never fewer than
     * {@link #MIN_ROUNDS}.
     */
    private static int plannedRounds(int rounds, long measureMillis, int[][] batch, long[][] single) {
        if (measureMillis == Long.MAX_VALUE) {
            return rounds;
        }
        double roundNanos = 0;
        for (int e = 0; e < batch.length; e++) {
            for (int i = 0; i < batch[e].length; i++) {
                roundNanos += (double) batch[e][i] * single[e][i] + ITERATION_OVERHEAD_NANOS;
            }
        }
        int fit = (int) Math.min(rounds, measureMillis * 1e6 / Math.max(1, roundNanos));
        return Math.max(Math.min(MIN_ROUNDS, rounds), fit);
    }

    /** Runs the schedule as JMH iterations (forks=0, this JVM); each batch's CPU time in ns, in order. */
    private static List<Double> runJmh(List<CompileBatchBenchmark.Batch> schedule) {
        CompileBatchBenchmark.schedule = List.copyOf(schedule);
        // JMH's lock file guards against concurrent JMH runs; MeasureRun.waitForOtherJmhRuns
        // waits for it when run from report.sh. Runner reads this property once, when loaded.
        System.setProperty("jmh.ignoreLock", "true");
        try {
            var opts = new OptionsBuilder()
                    .include("^" + CompileBatchBenchmark.class.getName().replace(".", "\\.") + "\\.")
                    .forks(0)
                    .threads(1)
                    .mode(org.openjdk.jmh.annotations.Mode.SingleShotTime)
                    .timeUnit(TimeUnit.NANOSECONDS)
                    .warmupIterations(0)
                    .measurementIterations(schedule.size())
                    .verbosity(VerboseMode.SILENT)
                    .shouldFailOnError(true)
                    .build();
            List<Double> scores = new ArrayList<>();
            for (RunResult r : new Runner(opts).run()) {
                for (BenchmarkResult br : r.getBenchmarkResults()) {
                    for (IterationResult ir : br.getIterationResults()) {
                        var cpu = ir.getSecondaryResults().get("cpuNanos");
                        if (cpu == null) {
                            throw new IllegalStateException("JMH returned no cpuNanos for a compile batch");
                        }
                        scores.add(cpu.getScore());
                    }
                }
            }
            if (scores.size() != schedule.size()) {
                throw new IllegalStateException("JMH returned " + scores.size() + " batch times for "
                        + schedule.size() + " batches");
            }
            return scores;
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed to time the compile batches", e);
        } finally {
            CompileBatchBenchmark.schedule = List.of();
        }
    }

    private int indexOf(String engine) {
        for (int e = 0; e < engines.size(); e++) {
            if (engines.get(e).name().equals(engine)) {
                return e;
            }
        }
        return -1;
    }

    /** Compiles pattern {@code i} with engine {@code e}; returns the engine's own compiled object. */
    private Object compile(int e, int i) {
        Map.Entry<String, Integer> p = patterns.get(i);
        return engines.get(e).compile(p.getKey(), p.getValue()).unwrap();
    }

    private static List<Integer> indices(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        return l;
    }

    private static double[] sorted(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Linear interpolation between closest ranks, on sorted data. */
    static double percentile(double[] sorted, double p) {
        double pos = p / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
