package dev.linrex.bench.jmh;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.linrex.bench.Settings;
import dev.linrex.bench.workload.SharedData;
import dev.linrex.waf.CrsLoadReport;
import dev.linrex.waf.CrsRuleSet;
import dev.linrex.waf.WafWorkload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * report.sh's WAF step: the CRS load report and a short {@link WafBenchmark} run (RegexSet over
 * all request-phase rules at several request sizes, the java.util.regex loop at the sizes where
 * one call stays short), written as JSON for the report's WAF section. JMH in-process, the
 * report's warm-up and measurement settings; each trial's setup re-checks the answers.
 */
public final class WafRun {
    /** Request sizes for RegexSet (property {@code bench.wafSizes}). */
    static List<Integer> setSizes() {
        return sizes("bench.wafSizes", "1000,10000,100000,1000000");
    }

    /** Request sizes for the java.util.regex loop (about 0.01-0.1 MB/s: 100 K is ten seconds a call). */
    static List<Integer> jdkSizes() {
        return sizes("bench.wafJdkSizes", "1000,10000");
    }

    private static List<Integer> sizes(String property, String def) {
        List<Integer> r = new ArrayList<>();
        for (String s : System.getProperty(property, def).split(",")) {
            if (!s.isBlank()) {
                r.add(Integer.parseInt(s.strip()));
            }
        }
        return r;
    }

    private WafRun() {}

    public static void main(Path out) throws Exception {
        Path shared = SharedData.require();
        JsonObject json = new JsonObject();
        JsonArray loads = new JsonArray();
        int requestRules = 0;
        for (String f : new String[] {"crs-rx.tsv", "crs-v3.3.9-rx.tsv"}) {
            Path tsv = shared.resolve("corpus/crs/" + f);
            if (Files.isRegularFile(tsv)) {
                CrsRuleSet crs = CrsRuleSet.load(tsv);
                loads.add(CrsLoadReport.report(f, crs));
                if (f.equals("crs-rx.tsv")) { // the rule set WafWorkload evaluates
                    requestRules = crs.requestGroups().stream().mapToInt(g -> g.loaded()).sum();
                }
            }
        }
        json.add("loadReports", loads);
        json.addProperty("rules", requestRules);
        json.addProperty("attackEvery", WafWorkload.ATTACK_EVERY);
        profilePass();
        JsonArray cells = new JsonArray();
        measure("set", setSizes(), cells);
        measure("jdkLoop", jdkSizes(), cells);
        json.add("cells", cells);
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(json));
        System.out.println("wrote " + out);
    }

    /**
     * As {@link ProfilePass} for the workloads: every engine at every size it will time runs for
     * a few rounds first (RegexSet 500 ms per size, {@link Settings#wafProfilePassMillis}; the JDK
     * loop 10 ms; sizes whose single call is long still run once), then the JIT
     * queues drain, so the first cell timed (RegexSet at 1 K) is not timed on code the JIT is
     * still compiling: with the report's 100 ms warm-up it was (1 K warm-up 0.117 ms/request,
     * then 0.050, 0.058, 0.037).
     */
    private static void profilePass() throws Exception {
        int rounds = Settings.profilePassRounds();
        if (rounds <= 0) {
            return;
        }
        Path shared = SharedData.require();
        List<WafWorkload> sets = new ArrayList<>();
        for (int size : setSizes()) {
            sets.add(new WafWorkload(shared, size, 1));
        }
        List<WafWorkload> loops = new ArrayList<>();
        for (int size : jdkSizes()) {
            loops.add(new WafWorkload(shared, size, 1));
        }
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (WafWorkload w : sets) {
                runFor(w, "set", Settings.wafProfilePassMillis());
            }
            for (WafWorkload w : loops) {
                runFor(w, "jdkLoop", Settings.profilePassMillis());
            }
        }
        long ran = (System.nanoTime() - t0) / 1_000_000;
        long drained = JitQueueDrain.await();
        System.out.printf("WAF profile pass: %d rounds in %d ms, then %d ms for the JIT queues to empty%n", rounds, ran, drained);
    }

    /** The last answer, kept where the JIT cannot prove it unused. */
    static volatile int last;

    private static void runFor(WafWorkload w, String engine, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        do {
            last = w.run(engine);
        } while (System.nanoTime() < deadline);
    }

    private static void measure(String engine, List<Integer> sizes, JsonArray cells) throws Exception {
        for (int size : sizes) {
            System.out.println("measuring WAF " + engine + " size " + size);
            OptionsBuilder o = new OptionsBuilder();
            o.include("^" + WafBenchmark.class.getName().replace(".", "\\.") + "\\.")
                    .forks(0)
                    .threads(1)
                    .param("engine", engine)
                    .param("size", String.valueOf(size))
                    .warmupIterations(Settings.warmupIterations())
                    .warmupTime(TimeValue.milliseconds(Settings.warmupMillis()))
                    .measurementIterations(Settings.measurementIterations())
                    .measurementTime(TimeValue.milliseconds(Settings.measurementMillis()))
                    .shouldFailOnError(true);
            JsonObject cell = new JsonObject();
            cell.addProperty("engine", engine);
            cell.addProperty("size", size);
            try {
                for (RunResult r : new Runner(o.build()).run()) {
                    List<Double> ms = new ArrayList<>();
                    for (BenchmarkResult br : r.getBenchmarkResults()) {
                        for (IterationResult ir : br.getIterationResults()) {
                            ms.add(ir.getPrimaryResult().getScore()); // ms per call (WafBenchmark's unit)
                        }
                    }
                    ms.sort(null);
                    double median = ms.isEmpty() ? Double.NaN : ms.size() % 2 == 1 ? ms.get(ms.size() / 2)
                            : (ms.get(ms.size() / 2 - 1) + ms.get(ms.size() / 2)) / 2;
                    cell.addProperty("medianMillis", median);
                }
            } catch (Exception e) {
                cell.addProperty("error", String.valueOf(e.getMessage()));
            }
            cells.add(cell);
        }
    }
}
