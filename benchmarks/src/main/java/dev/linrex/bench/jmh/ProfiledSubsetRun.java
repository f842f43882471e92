package dev.linrex.bench.jmh;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.linrex.bench.Settings;
import dev.linrex.bench.check.CheckFile;
import dev.linrex.bench.check.Outcome;
import dev.linrex.bench.engine.CompiledRegex;
import dev.linrex.bench.engine.Engines;
import dev.linrex.bench.workload.Operation;
import dev.linrex.bench.workload.Suites;
import dev.linrex.bench.workload.Workload;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * A/B harness for run-to-run (JIT) bimodality: the JVM state of {@link MeasureRun} (profile pass
 * over EVERY fast workload of the engine, JIT queues drained), then JMH on only the workloads
 * whose key matches {@code -Dbimodal.measure=REGEX}. {@code -Dbench.filter} would shrink the
 * profile pass too, and so measure a JIT state the full report never has (leave it unset here).
 * <pre>java -cp benchmarks.jar dev.linrex.bench.jmh.ProfiledSubsetRun ENGINE CHECK.json</pre>
 * Prints one line per measured workload: {@code RESULT key median-ns [iteration ns]}. With
 * {@code -Dbimodal.cpu=true} it times the call by this thread's CPU time instead of JMH (100 ms
 * of calls, then {@code -Dbimodal.batches} batches of 25 ms; on a loaded machine the wall clock
 * mostly measures the other jobs) and prints {@code CPU key min median alloc faults/call | per
 * batch}: the bytes one call allocates and this thread's minor page faults per call, which tell
 * apart the two causes of slow JVMs found for issue 4 (see benchmarks/BIMODAL.md). Options there:
 * {@code -Dbimodal.trace=true} prints each batch as it ends (to line up with
 * {@code -XX:+PrintCompilation}), {@code -Dbimodal.drain=true} waits for the JIT queues after the
 * warm-up calls too.
 */
public final class ProfiledSubsetRun {

    private ProfiledSubsetRun() {
    }

    public static void main(String[] args) throws Exception {
        String engine = args[0];
        JsonObject check = CheckFile.read(Path.of(args[1])).json();
        Pattern measure = Pattern.compile(System.getProperty("bimodal.measure", "$^"));
        List<String> profiled = new ArrayList<>();
        List<String> timed = new ArrayList<>();
        for (JsonElement e : check.getAsJsonArray("workloads")) {
            JsonObject w = e.getAsJsonObject();
            String key = w.get("key").getAsString();
            JsonObject oc = w.getAsJsonObject("outcomes").getAsJsonObject(engine);
            if (oc == null || !oc.get("kind").getAsString().equals("VALUE")) {
                continue;
            }
            Fixtures.EXPECTED.put(key, oc.get("value").getAsString());
            if (oc.get("millis").getAsLong() < 100 && Settings.measured(key)) {
                profiled.add(key);
            }
            if (measure.matcher(key).find()) {
                timed.add(key);
            }
        }
        MeasureRun.waitForOtherJmhRuns();
        ProfilePass.run(Engines.byName(engine), profiled);
        if (Boolean.getBoolean("bimodal.cpu")) {
            for (String key : timed) {
                cpuTime(engine, key);
            }
            return;
        }
        OptionsBuilder o = new OptionsBuilder();
        o.include("^" + WorkloadBenchmark.class.getName().replace(".", "\\.") + "\\.")
                .forks(0).threads(1)
                .warmupIterations(Settings.warmupIterations())
                .warmupTime(TimeValue.milliseconds(Settings.warmupMillis()))
                .measurementIterations(Settings.measurementIterations())
                .measurementTime(TimeValue.milliseconds(Settings.measurementMillis()))
                .shouldFailOnError(true)
                .param("engine", engine)
                .param("workload", timed.toArray(new String[0]));
        List<String> lines = new ArrayList<>();
        for (RunResult r : new Runner(o.build()).run()) {
            List<Double> scores = new ArrayList<>();
            for (var br : r.getBenchmarkResults()) {
                for (IterationResult ir : br.getIterationResults()) {
                    scores.add(ir.getPrimaryResult().getScore());
                }
            }
            scores.sort(null);
            double median = scores.get(scores.size() / 2);
            lines.add(String.format("RESULT %s %.0f %s", r.getParams().getParam("workload"), median, scores));
        }
        lines.forEach(System.out::println);
    }

    /** This thread's minor page faults so far (Linux; 0 elsewhere). */
    private static long minorFaults() {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/thread-self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[7]); // field 10 of stat: minflt
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * The same call timed by this thread's CPU time (descheduled time excluded, which on a loaded
     * machine is most of the wall clock's noise): 100 ms of calls, then 20 batches of about
     * 25 ms; prints the minimum and the median ns per call over the batches.
     */
    private static void cpuTime(String engine, String key) {
        Workload w = Suites.get(key);
        Operation op = w.operation();
        List<CompiledRegex> compiled = new ArrayList<>();
        for (String re : w.regexes()) {
            compiled.add(Engines.byName(engine).compile(re, w.flags()));
        }
        String got = Outcome.describe(op.apply(compiled, w));
        if (!got.equals(Fixtures.EXPECTED.get(key))) {
            throw new IllegalStateException("CHECK FAILED " + key + ": " + got);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // -Dbimodal.drain: twice, 100 ms of calls then wait for the JIT queues to empty (recompiles
        // that this fresh pattern's first calls caused), as the profile pass does for the pass.
        int warmups = Boolean.getBoolean("bimodal.drain") ? 2 : 1;
        for (int k = 0; k < warmups; k++) {
            long end = System.nanoTime() + 100_000_000L;
            while (System.nanoTime() < end) {
                ProfilePass.last = op.apply(compiled, w);
            }
            if (warmups > 1) {
                System.out.printf("DRAIN %s %d ms%n", key, JitQueueDrain.await());
            }
        }
        long faults0 = minorFaults();
        long allCalls = 0;
        double[] perCall = new double[Integer.getInteger("bimodal.batches", 20)];
        for (int b = 0; b < perCall.length; b++) {
            long calls = 0;
            long c0 = mx.getCurrentThreadCpuTime();
            long stop = System.nanoTime() + 25_000_000L;
            do {
                ProfilePass.last = op.apply(compiled, w);
                calls++;
            } while (System.nanoTime() < stop);
            perCall[b] = (mx.getCurrentThreadCpuTime() - c0) / (double) calls;
            allCalls += calls;
            if (Boolean.getBoolean("bimodal.trace")) { // interleaves with -XX:+PrintCompilation's lines
                System.out.printf("BATCH %d ms: %.0f us per call%n", ManagementFactory.getRuntimeMXBean().getUptime(),
                        perCall[b] / 1000);
            }
        }
        double faultsPerCall = (minorFaults() - faults0) / (double) allCalls;
        long a0 = ((com.sun.management.ThreadMXBean) mx).getCurrentThreadAllocatedBytes();
        ProfilePass.last = op.apply(compiled, w);
        long allocated = ((com.sun.management.ThreadMXBean) mx).getCurrentThreadAllocatedBytes() - a0;
        double[] sorted = perCall.clone();
        java.util.Arrays.sort(sorted);
        StringBuilder each = new StringBuilder();
        for (double d : perCall) {
            each.append(' ').append(Math.round(d / 1000));
        }
        System.out.printf("CPU %s min %.0f median %.0f alloc %d faults/call %.2f | us per call by batch:%s%n", key, sorted[0],
                sorted[sorted.length / 2], allocated, faultsPerCall, each);
    }
}
