package dev.linrex.bench.jmh;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.linrex.bench.Settings;
import dev.linrex.bench.check.CheckFile;
import dev.linrex.bench.check.Outcome;
import dev.linrex.bench.check.Watchdog;
import dev.linrex.bench.engine.Engine;
import dev.linrex.bench.engine.Engines;
import dev.linrex.bench.engine.LinrexEngine;
import dev.linrex.bench.workload.Operation;
import dev.linrex.bench.workload.RedosSuite;
import dev.linrex.bench.workload.SharedData;
import dev.linrex.bench.workload.Workload;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * `measure ENGINE CHECK.json OUT.json [JVM JVMS]`: the JMH part for one engine, in this JVM
 * (report.sh starts {@link Settings#jvmsPerEngine} fresh JVMs per engine, each for one engine
 * only, so no engine's code shares a JIT profile with another's; JMH itself runs with forks=0
 * inside it). Every JVM measures the fast workloads this engine answered in time in the check
 * step, in its own order (JVM k of n starts (k-1)/n of the way down the list, profile pass
 * included), so no workload is always timed right after the same others; the first JVM also
 * measures the slow workloads and the scaling cases, whose calls of 100 ms and more leave the
 * JIT little to decide. Compile time is {@link CompileRun}'s, all engines side by side.
 */
public final class MeasureRun {

    private MeasureRun() {
    }

    public static void main(String engineName, Path checkPath, Path out, int jvm, int jvms)
            throws IOException, RunnerException {
        if (jvm < 1 || jvm > jvms) {
            throw new IllegalArgumentException("JVM " + jvm + " of " + jvms);
        }
        boolean otherJmhRunning = waitForOtherJmhRuns();
        Engine engine = Engines.byName(engineName);
        CheckFile checkFile = CheckFile.read(checkPath);
        JsonObject check = checkFile.json();
        JsonObject result = new JsonObject();
        result.addProperty("engine", engineName);
        result.addProperty("jdk", System.getProperty("java.vm.vendor") + " " + Runtime.version());
        result.addProperty("jvm", jvm);
        result.addProperty("jvms", jvms);
        result.add("workloads", workloads(engineName, check, jvm, jvms));
        if (jvm == 1) {
            result.add("scaling", scaling(engine));
            if (engine.name().equals("linrex")) {
                result.add("redosAtMegabyte", redosAtMegabyte(engine));
            }
        }
        result.addProperty("otherJmhRunWasRunning", otherJmhRunning);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(result));
    }

    private static JsonObject workloads(String engine, JsonObject check, int jvm, int jvms) throws RunnerException {
        // Calls that take long are measured with fewer calls: an iteration always completes at
        // least one call, so 1 + 3 iterations of a 2-second call would take 8 s. The tier goes by
        // the fastest call of the profile pass, not by the check's single call, which was a cold
        // one (linrex's i787-keywords 120 ms there, a few ms warm); calls over 1 s in the check
        // are left out of the pass.
        List<String> pass = new ArrayList<>();
        List<String> verySlow = new ArrayList<>();
        Map<String, Long> checkMillis = new HashMap<>();
        for (JsonElement e : check.getAsJsonArray("workloads")) {
            JsonObject w = e.getAsJsonObject();
            String key = w.get("key").getAsString();
            JsonObject oc = w.getAsJsonObject("outcomes").getAsJsonObject(engine);
            if (oc != null && oc.get("kind").getAsString().equals("VALUE") && Settings.measured(key)) {
                long millis = oc.get("millis").getAsLong();
                checkMillis.put(key, millis);
                (Tier.of(millis) == Tier.VERY_SLOW ? verySlow : pass).add(key);
                Fixtures.EXPECTED.put(key, oc.get("value").getAsString());
            }
        }
        pass = rotated(pass, jvm, jvms);
        Map<String, Long> fastest = ProfilePass.run(Engines.byName(engine), pass);
        Map<Tier, List<String>> tiers = new EnumMap<>(Tier.class);
        for (String key : pass) {
            Long nanos = fastest.get(key);
            long millis = nanos == null ? checkMillis.get(key) : nanos / 1_000_000;
            tiers.computeIfAbsent(Tier.of(millis), t -> new ArrayList<>()).add(key);
        }
        if (!verySlow.isEmpty()) {
            tiers.put(Tier.VERY_SLOW, verySlow);
        }
        if (jvm > 1) {
            tiers.keySet().retainAll(Set.of(Tier.FAST));
        }
        JsonObject out = new JsonObject();
        for (var tier : tiers.entrySet()) {
            List<String> keys = tier.getValue();
            if (keys.isEmpty()) {
                continue;
            }
            System.out.printf("[%s] measuring %d workloads (%s)%n", engine, keys.size(), tier.getKey().text);
            ChainedOptionsBuilder opts = tier.getKey().applyToWorkload(options(WorkloadBenchmark.class))
                    .param("engine", engine)
                    .param("workload", keys.toArray(new String[0]));
            for (RunResult r : runJmh(opts)) {
                JsonObject s = summary(r);
                s.addProperty("tier", tier.getKey().name());
                out.add(r.getParams().getParam("workload"), s);
            }
        }
        return out;
    }

    /** The list started (jvm - 1) / jvms of the way down, wrapping round: JVM 1 keeps the suites' order. */
    static List<String> rotated(List<String> keys, int jvm, int jvms) {
        int from = (int) ((long) keys.size() * (jvm - 1) / jvms);
        List<String> out = new ArrayList<>(keys.subList(from, keys.size()));
        out.addAll(keys.subList(0, from));
        return out;
    }

    /** How a workload is measured, by the time its call took in the check step. */
    enum Tier {
        /** Under 100 ms: the configured iterations (Settings). */
        FAST("configured iterations"),
        /** 100 ms to 1 s: one warm-up call, three measured calls. */
        SLOW("calls of 100 ms to 1 s: 1 warm-up call + 3 measured calls"),
        /** Over 1 s: one measured call after the check call of the trial's setup. */
        VERY_SLOW("calls over 1 s: 1 measured call");

        final String text;

        Tier(String text) {
            this.text = text;
        }

        static Tier of(long checkMillis) {
            return checkMillis < 100 ? FAST : checkMillis < 1_000 ? SLOW : VERY_SLOW;
        }

        /** A workload's options: in every JVM, the fast ones get the per-JVM warm-up and iterations. */
        ChainedOptionsBuilder applyToWorkload(ChainedOptionsBuilder o) {
            return this != FAST ? apply(o) : o.warmupTime(TimeValue.milliseconds(Settings.workloadWarmupMillis()))
                    .measurementIterations(Settings.workloadIterations())
                    .measurementTime(TimeValue.milliseconds(Settings.workloadIterationMillis()));
        }

        /** A case only the first JVM measures (scaling, ReDoS at 1 MB): the configured iterations if fast. */
        ChainedOptionsBuilder apply(ChainedOptionsBuilder o) {
            return switch (this) {
                case FAST -> o;
                case SLOW -> o.warmupIterations(1).warmupTime(TimeValue.milliseconds(1))
                        .measurementIterations(3).measurementTime(TimeValue.milliseconds(1));
                case VERY_SLOW -> o.warmupIterations(0)
                        .measurementIterations(1).measurementTime(TimeValue.milliseconds(1));
            };
        }
    }

    private static JsonObject scaling(Engine engine) throws RunnerException {
        JsonObject out = new JsonObject();
        Engine linrex = new LinrexEngine();
        for (String attackId : Settings.scalingAttacks()) {
            RedosSuite.Attack a = ScalingBenchmark.find(attackId);
            String cutOff = null; // once cut off at one size, larger sizes are not tried
            for (int size : Settings.scalingSizes()) {
                String key = attackId + "@" + size;
                Workload w = new Workload("scaling", key, Set.of(), List.of(a.regex()), 0, Operation.COUNT,
                        List.of(a.textOfSize(size)), null, null);
                JsonObject cell = new JsonObject();
                cell.addProperty("chars", w.inputChars());
                if (cutOff != null) {
                    cell.addProperty("status", cutOff);
                    out.add(key, cell);
                    continue;
                }
                Outcome mine = Watchdog.run(engine, w, Settings.limitMillis());
                Outcome ref = engine.name().equals("linrex") ? mine : Watchdog.run(linrex, w, 60_000);
                if (!mine.answered()) {
                    cell.addProperty("status", mine.kind() + " " + (mine.detail() == null ? "" : mine.detail()));
                    cutOff = mine.kind() == Outcome.Kind.LIMIT ? cell.get("status").getAsString() : null;
                    out.add(key, cell);
                    continue;
                }
                boolean agrees = ref.answered() && String.valueOf(ref.value()).equals(String.valueOf(mine.value()));
                cell.addProperty("agreesWithLinrex", agrees);
                if (!agrees && engine.name().equals("jdk")) {
                    System.err.println("CHECK FAILED scaling " + key + ": linrex " + Outcome.describe(ref.value())
                            + " != jdk " + Outcome.describe(mine.value()));
                    cell.addProperty("status", "CHECK FAILED: linrex " + Outcome.describe(ref.value()) + " != jdk "
                            + Outcome.describe(mine.value()));
                }
                Fixtures.SCALING_EXPECTED.put(key, Outcome.describe(mine.value()));
                ChainedOptionsBuilder opts = Tier.of(mine.millis()).apply(options(ScalingBenchmark.class))
                        .param("engine", engine.name())
                        .param("attack", attackId)
                        .param("size", String.valueOf(size));
                for (RunResult r : runJmh(opts)) {
                    JsonObject s = summary(r);
                    s.entrySet().forEach(en -> cell.add(en.getKey(), en.getValue()));
                }
                out.add(key, cell);
            }
        }
        return out;
    }

    /**
     * Every ReDoS attack of the corpus grown to 1 MB, for linrex only (issue 4: each must finish
     * in under 100 ms per call); the other engines are cut off on most of them at far smaller sizes.
     */
    private static JsonObject redosAtMegabyte(Engine engine) throws RunnerException {
        JsonObject out = new JsonObject();
        int size = 1_000_000;
        for (RedosSuite.Attack a : RedosSuite.attacks(SharedData.require())) {
            String key = a.id() + "@" + size;
            JsonObject cell = new JsonObject();
            Workload w = new Workload("scaling", key, Set.of(), List.of(a.regex()), 0, Operation.COUNT,
                    List.of(a.textOfSize(size)), null, null);
            cell.addProperty("chars", w.inputChars());
            Outcome mine = Watchdog.run(engine, w, Settings.limitMillis());
            if (!mine.answered()) {
                cell.addProperty("status", mine.kind() + " " + (mine.detail() == null ? "" : mine.detail()));
                out.add(a.id(), cell);
                continue;
            }
            cell.addProperty("value", Outcome.describe(mine.value()));
            Fixtures.SCALING_EXPECTED.put(key, Outcome.describe(mine.value()));
            ChainedOptionsBuilder opts = Tier.of(mine.millis()).apply(options(ScalingBenchmark.class))
                    .param("engine", engine.name())
                    .param("attack", a.id())
                    .param("size", String.valueOf(size));
            for (RunResult r : runJmh(opts)) {
                summary(r).entrySet().forEach(en -> cell.add(en.getKey(), en.getValue()));
            }
            out.add(a.id(), cell);
        }
        return out;
    }

    /**
     * Runs JMH. JMH's lock file keeps two JMH runs on one machine from disturbing each other, but
     * it is checked only by a JMH run that was started with it enabled; we wait for it ourselves
     * in {@link #waitForOtherJmhRuns} and run JMH with the lock ignored, so a run never fails on it.
     */
    private static Collection<RunResult> runJmh(ChainedOptionsBuilder opts) throws RunnerException {
        return new Runner(opts.build()).run();
    }

    /**
     * Waits (up to bench.lockWaitSeconds) while another JMH run on this machine holds JMH's lock
     * file; returns whether one still held it when we went on. Must run before JMH's Runner class
     * is loaded, since Runner reads jmh.ignoreLock once.
     */
    static boolean waitForOtherJmhRuns() {
        Path lock = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        long deadline = System.nanoTime() + Long.getLong("bench.lockWaitSeconds", 120) * 1_000_000_000L;
        boolean busy = true;
        while (busy && System.nanoTime() < deadline) {
            try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock l = ch.tryLock()) {
                busy = l == null;
            } catch (OverlappingFileLockException | IOException e) {
                busy = true;
            }
            if (busy) {
                sleep(2_000);
            }
        }
        System.setProperty("jmh.ignoreLock", "true");
        return busy;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ChainedOptionsBuilder options(Class<?> benchmark) {
        return new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
                .forks(0)
                .threads(1)
                .warmupIterations(Settings.warmupIterations())
                .warmupTime(TimeValue.milliseconds(Settings.warmupMillis()))
                .measurementIterations(Settings.measurementIterations())
                .measurementTime(TimeValue.milliseconds(Settings.measurementMillis()))
                .shouldFailOnError(false);
    }

    /** Median (reported), mean and the iteration scores of one result, in ns/op. */
    private static JsonObject summary(RunResult r) {
        JsonObject s = new JsonObject();
        Collection<BenchmarkResult> brs = r.getBenchmarkResults();
        List<Double> scores = new ArrayList<>();
        for (BenchmarkResult br : brs) {
            for (IterationResult ir : br.getIterationResults()) {
                scores.add(ir.getPrimaryResult().getScore());
            }
        }
        double[] sorted = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length == 0 ? Double.NaN
                : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        s.addProperty("medianNanos", median);
        s.addProperty("meanNanos", r.getPrimaryResult().getScore());
        JsonArray it = new JsonArray();
        Arrays.stream(sorted).forEach(it::add);
        s.add("iterationNanos", it);
        return s;
    }

}
