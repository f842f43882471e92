package dev.linrex.bench.jmh;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.linrex.bench.engine.Engine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
 * <p>The clock is this thread's CPU time (ThreadMXBean): with the load at 6–12 on 2 cores most
 * 50 µs batches timed by System.nanoTime included time the thread spent descheduled. The
 * warm-up's estimates that size the batches use System.nanoTime: a preempted call there only
 * makes a batch longer. Not JMH: its SampleTime mode timed one call per sample while cycling
 * through the set, mixing timer granularity, cycling order and JIT state into every sample.
 */
public final class CompileBenchmark {

    /** Warm-up passes over the set at least, however short the warm-up time. */
    static final int MIN_WARMUP_PASSES = 10;

    /** Timed rounds at least, however long they take. */
    static final int MIN_ROUNDS = 11;

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
     * {@link #MIN_WARMUP_PASSES}), sizes each batch from the warm-up's fastest call, then runs
     * {@code rounds} timed rounds. Returns per engine its figures (see the class comment).
     */
    public JsonObject run(long warmupMillis, int rounds, long batchMicros) {
        return run(warmupMillis, rounds, batchMicros, Long.MAX_VALUE);
    }

    /**
     * As {@link #run(long, int, long)}, but stops after the round during which
     * {@code measureMillis} of wall time have passed, once {@link #MIN_ROUNDS} rounds are done
     * (so a heavily loaded machine does not stretch the report run); "rounds" says how many ran.
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
            for (int i = 0; i < n; i++) {
                for (int e = 0; e < m; e++) {
                    long t0 = System.nanoTime();
                    sink = compile(e, i);
                    single[e][i] = Math.min(single[e][i], System.nanoTime() - t0);
                }
            }
            passes++;
        } while (System.nanoTime() < warmupEnd || passes < MIN_WARMUP_PASSES);
        int[][] batch = new int[m][n];
        for (int e = 0; e < m; e++) {
            for (int i = 0; i < n; i++) {
                long t = Math.max(1, single[e][i]);
                batch[e][i] = (int) Math.max(1, Math.min(10_000, (batchMicros * 1_000L + t - 1) / t));
            }
        }
        double[][][] times = new double[m][n][rounds];
        List<Integer> order = indices(n);
        List<Integer> engineOrder = indices(m);
        Random random = new Random(42);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        if (!cpu.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot read a thread's CPU time");
        }
        long measureStart = System.nanoTime();
        long measureEnd = measureMillis == Long.MAX_VALUE ? Long.MAX_VALUE : measureStart + measureMillis * 1_000_000L;
        int done = 0;
        for (int r = 0; r < rounds && (r < MIN_ROUNDS || System.nanoTime() < measureEnd); r++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                Collections.shuffle(engineOrder, random);
                for (int e : engineOrder) {
                    int k = batch[e][i];
                    long t0 = cpu.getCurrentThreadCpuTime();
                    for (int j = 0; j < k; j++) {
                        sink = compile(e, i);
                    }
                    times[e][i][r] = (double) (cpu.getCurrentThreadCpuTime() - t0) / k;
                }
            }
            done++;
        }
        for (double[][] perEngine : times) {
            for (int i = 0; i < n; i++) {
                perEngine[i] = Arrays.copyOf(perEngine[i], done);
            }
        }
        JsonObject out = new JsonObject();
        out.addProperty("patterns", n);
        out.addProperty("rounds", done);
        out.addProperty("batchMicros", batchMicros);
        out.addProperty("warmupMillis", warmupMillis);
        out.addProperty("warmupPasses", passes);
        out.addProperty("measureMillis", (System.nanoTime() - measureStart) / 1e6);
        int jdk = indexOf("jdk");
        JsonObject byEngine = new JsonObject();
        for (int e = 0; e < m; e++) {
            byEngine.add(engines.get(e).name(), figures(times[e], jdk < 0 ? null : times[jdk]));
        }
        out.add("engines", byEngine);
        return out;
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
