package dev.linrex.bench.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.linrex.bench.Settings;
import dev.linrex.bench.check.CheckFile;
import dev.linrex.bench.workload.Categories;
import dev.linrex.bench.workload.RedosSuite;
import dev.linrex.bench.workload.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `report DIR RESULTS.md COMMAND`: merges check.json, measure-ENGINE.json, memory.json and
 * machine.txt from DIR into the Markdown report. A ratio "linrex/X" is X's time divided by
 * linrex's: above 1 means linrex is faster.
 */
public final class ReportWriter {

    static final List<String> ENGINES = List.of("linrex", "jdk", "re2j", "safere");
    static final List<String> OTHERS = List.of("jdk", "re2j", "safere");
    static final Map<String, String> LABEL = Map.of(
            "linrex", "linrex", "jdk", "JDK", "re2j", "RE2/J", "safere", "SafeRE");

    private final CheckFile check;
    private final Map<String, JsonObject> checked;
    private final Map<String, JsonObject> measures = new LinkedHashMap<>();
    private final JsonObject memory;
    private final JsonObject compile;
    private final JsonObject waf;
    private final String machine;
    private final StringBuilder md = new StringBuilder();

    private ReportWriter(Path dir) throws IOException {
        check = CheckFile.read(dir.resolve("check.json"));
        checked = check.workloads();
        for (String e : ENGINES) {
            JsonObject m = MeasureFiles.read(dir, e);
            if (m != null) {
                measures.put(e, m);
            }
        }
        Path comp = dir.resolve("compile.json");
        compile = Files.exists(comp) ? JsonParser.parseString(Files.readString(comp)).getAsJsonObject() : null;
        Path mem = dir.resolve("memory.json");
        memory = Files.exists(mem) ? JsonParser.parseString(Files.readString(mem)).getAsJsonObject() : null;
        Path wafJson = dir.resolve("waf.json");
        waf = Files.exists(wafJson) ? JsonParser.parseString(Files.readString(wafJson)).getAsJsonObject() : null;
        Path m = dir.resolve("machine.txt");
        machine = Files.exists(m) ? Files.readString(m).strip() : "";
    }

    public static void main(Path dir, Path out, String command) throws IOException {
        ReportWriter w = new ReportWriter(dir);
        w.write(command);
        Files.writeString(out, w.md.toString());
        System.out.println("wrote " + out);
    }

    private void write(String command) {
        line("# linrex benchmark results");
        line("");
        line("Written by `benchmarks/report.sh` (see benchmarks/README.md). Numbers from one short run on a");
        line("small machine: read ratios, not absolute times, and expect ±20 % noise per cell.");
        line("");
        line("- Command: `" + command + "`");
        for (String l : machine.split("\n")) {
            if (!l.isBlank()) {
                line("- " + l);
            }
        }
        for (var m : measures.entrySet()) {
            JsonElement other = m.getValue().get("otherJmhRunWasRunning");
            if (other != null && other.getAsBoolean()) {
                line("- **Another JMH run (not ours) was running on the machine while " + LABEL.get(m.getKey())
                        + " was measured.**");
            }
        }
        line("- JDK of every engine's JVM: " + check.json().get("jdk").getAsString());
        if (jvmCounts().equals("1")) {
            line(String.format(Locale.ROOT, "- JMH: one fresh JVM per engine, JMH in-process (forks=0) inside it; fast"
                            + " workloads: warm-up 1 × %d ms, measurement %d × %d ms; scaling cases: warm-up %d × %d ms,"
                            + " measurement %d × %d ms; the cell is the **median** of the measurement iterations (time per call).",
                    Settings.workloadWarmupMillis(), Settings.workloadIterations(), Settings.workloadIterationMillis(),
                    Settings.warmupIterations(), Settings.warmupMillis(), Settings.measurementIterations(),
                    Settings.measurementMillis()));
        } else {
            line(String.format(Locale.ROOT, "- JMH: fresh JVMs per engine: %s (each for one engine only; the rounds of JVMs"
                        + " take the engines in turn); JMH in-process (forks=0) inside each; every JVM times every fast"
                        + " workload (warm-up 1 × %d ms, measurement %d × %d ms), starting at a different point of the"
                        + " list; the cell is the **median over the JVMs** of each JVM's median time per call (spread"
                        + " between JVMs below). Calls of 100 ms and more, the scaling cases and ReDoS at"
                        + " 1 MB are timed in the first JVM only (warm-up %d × %d ms, measurement %d × %d ms).",
                jvmCounts(), Settings.workloadWarmupMillis(), Settings.workloadIterations(),
                Settings.workloadIterationMillis(), Settings.warmupIterations(), Settings.warmupMillis(),
                Settings.measurementIterations(), Settings.measurementMillis()));
        }
        line(String.format(Locale.ROOT, "- Profile pass: before timing anything, each engine's JVM ran every workload whose"
                        + " check call took under 1 s for %d ms (at least one call), %d times over, so the JIT had seen all of"
                        + " the engine's paths first; a workload's tier (fast, or calls of 100 ms and more) goes by its fastest"
                        + " call there, not by the check's cold call (without the pass, a"
                        + " workload that takes a new path deoptimizes shared code, which runs interpreted or at C1 until"
                        + " recompiled: most of the short warm-up, on a loaded machine; see benchmarks/README.md).",
                Settings.profilePassMillis(), Settings.profilePassRounds()));
        line("- Before any measurement every workload ran once per engine under a watchdog (limit "
                + check.json().get("limitMillis").getAsLong() + " ms): linrex's answer must equal java.util.regex's"
                + " (and the suite's expected answer); each JMH trial re-checks its engine's answer before timing.");
        line("- Ratios `linrex/X` = X's time ÷ linrex's time: **above 1 means linrex is faster**. Geometric means use the"
                + " cases both engines answered; cases where X was cut off (`> limit`) or failed are left out of them and counted.");
        line("- `≠` after a time: that engine's answer differs from java.util.regex's (RE2/J and SafeRE have their own"
                + " semantics for `\\b`, `\\w`, `(?m)$` with `\\r`…); measured anyway.");
        line("");
        correctness();
        summary();
        categories();
        belowHalf();
        jvmSpread();
        compile();
        memory();
        scaling();
        redosAtMegabyte();
        waf();
        perBenchmark();
    }

    /** Issue 6's WAF benchmark and CRS load report, from waf.json (report.sh's WAF step), if it ran. */
    private void waf() {
        if (waf == null) {
            return;
        }
        line("## WAF: the OWASP Core Rule Set in a RegexSet");
        line("");
        line("`dev.linrex.bench.jmh.WafBenchmark` (see benchmarks/WAF-RESULTS.md for the longer run and the analysis): all "
                + waf.get("rules").getAsInt() + " loaded request-phase CRS v4 rules evaluated against one generated request of"
                + " `size` chars (query strings, headers, JSON bodies, an attack string in about one value in "
                + waf.get("attackEvery").getAsInt() + "), one RegexSet per phase and transformation chain (the 5 sets in one `RegexSet.matchesEach` call per request,"
                + " each over its own transformed text, their scans interleaved in pairs),"
                + " versus a java.util.regex `find` per rule. Same JVM, same JMH settings as above; each trial first checks that"
                + " both count the same matching rules. MB/s = request chars ÷ time (UTF-16 chars, 10^6 per MB).");
        line("");
        line("| size (chars) | RegexSet ms/request | RegexSet MB/s | RegexSet ns/char | JDK loop ms/request | JDK loop ÷ RegexSet |");
        line("|---:|---:|---:|---:|---:|---:|");
        java.util.Map<Integer, Double> set = new java.util.TreeMap<>();
        java.util.Map<Integer, Double> jdk = new java.util.TreeMap<>();
        java.util.Map<Integer, String> errors = new java.util.TreeMap<>();
        for (JsonElement e : waf.getAsJsonArray("cells")) {
            JsonObject c = e.getAsJsonObject();
            int size = c.get("size").getAsInt();
            if (c.has("medianMillis")) {
                (c.get("engine").getAsString().equals("set") ? set : jdk).put(size, c.get("medianMillis").getAsDouble());
            } else if (c.has("error")) {
                errors.put(size, c.get("engine").getAsString() + ": " + c.get("error").getAsString());
            }
        }
        java.util.Set<Integer> sizes = new java.util.TreeSet<>(set.keySet());
        sizes.addAll(jdk.keySet());
        for (int size : sizes) {
            Double s = set.get(size);
            Double j = jdk.get(size);
            line(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s |", size,
                    s == null ? "–" : String.format(Locale.ROOT, "%.3g", s),
                    s == null ? "–" : String.format(Locale.ROOT, "%.1f", size / 1e6 / (s / 1e3)),
                    s == null ? "–" : String.format(Locale.ROOT, "%,.0f", s * 1e6 / size),
                    j == null ? "not run" : String.format(Locale.ROOT, "%.3g", j),
                    s == null || j == null ? "–" : String.format(Locale.ROOT, "%.0f×", j / s)));
        }
        for (var e : errors.entrySet()) {
            line("");
            line("- **size " + e.getKey() + " failed**: " + e.getValue());
        }
        line("");
        line("### CRS load report");
        line("");
        for (JsonElement r : waf.getAsJsonArray("loadReports")) {
            md.append(r.getAsString().replace("#### ", "#### Corpus file "));
        }
    }

    // ---------------------------------------------------------------- sections

    private void correctness() {
        line("## Correctness check");
        line("");
        List<String> fails = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int unverified = 0;
        int expectedOnly = 0;
        for (JsonObject w : checked.values()) {
            String v = w.get("verdict").getAsString();
            switch (v) {
                case "FAIL" -> fails.add(w.get("key").getAsString() + ": " + w.get("message").getAsString());
                case "REJECTED" -> rejected.add(w.get("key").getAsString() + " (" + w.get("message").getAsString() + ")");
                case "UNVERIFIED" -> unverified++;
                case "PASS_EXPECTED_ONLY" -> expectedOnly++;
                default -> { }
            }
        }
        if (fails.isEmpty()) {
            line("All " + checked.size() + " workloads: linrex's answer equals java.util.regex's wherever the JDK answered"
                    + " in time, and the suite's expected answer wherever one is given (" + expectedOnly
                    + " checked against the expected answer only because the JDK ran away or overflowed its stack; "
                    + unverified + " with neither, listed as `> limit` below).");
        } else {
            line("**CHECK FAILURES: linrex disagrees with java.util.regex or the expected answer (engine bugs):**");
            line("");
            fails.forEach(f -> line("- **" + Format.cell(f) + "**"));
        }
        for (String m : measureFailures()) {
            line("- **" + m + "**");
        }
        if (!rejected.isEmpty()) {
            line("");
            line("Rejected by linrex at compile time, as documented (not linear-time matchable):");
            rejected.forEach(r -> line("- " + Format.cell(r)));
        }
        line("");
    }

    /** Workloads an engine answered in the check but has no measurement for (trial setup check failed). */
    private List<String> measureFailures() {
        List<String> out = new ArrayList<>();
        for (var e : measures.entrySet()) {
            JsonObject ws = e.getValue().getAsJsonObject("workloads");
            for (JsonObject w : checked.values()) {
                String key = w.get("key").getAsString();
                JsonObject oc = w.getAsJsonObject("outcomes").getAsJsonObject(e.getKey());
                if (Settings.measured(key) && oc != null && oc.get("kind").getAsString().equals("VALUE") && !ws.has(key)) {
                    out.add(LABEL.get(e.getKey()) + " was not measured on " + key + " (its trial failed; see the log)");
                }
            }
        }
        return out;
    }

    private void summary() {
        line("## Geometric means per suite");
        line("");
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("rebar curated (46)", keys(k -> k.startsWith("rebar/")));
        groups.put("SafeRE suite, all measured", keys(k -> k.startsWith("safere/")));
        groups.put("  SafeRE RealWorld matrix (sizes " + String.join(",", Settings.realWorldSizes()) + ")",
                keys(k -> k.startsWith("safere/RealWorldRegexBenchmark.")));
        groups.put("  SafeRE core (RegexBenchmark)", keys(k -> k.startsWith("safere/RegexBenchmark.")));
        groups.put("  SafeRE Application", keys(k -> k.startsWith("safere/ApplicationBenchmark.")));
        groups.put("  SafeRE Pathological", keys(k -> k.startsWith("safere/PathologicalBenchmark.")));
        groups.put("  SafeRE Replace, CaptureScaling, Http", keys(k -> k.startsWith("safere/ReplaceBenchmark.")
                || k.startsWith("safere/CaptureScalingBenchmark.") || k.startsWith("safere/HttpBenchmark.")));
        groups.put("ReDoS seeds", keys(k -> k.startsWith("redos/")));
        groups.put("Lookarounds (RE2/J and SafeRE reject them)", keys(k -> k.startsWith("lookaround/")));
        groups.put("everything", keys(k -> true));
        geomeanTable("suite", groups);
        line("Targets (issue 4): ≥ 1.5× JDK, ≥ 5× RE2/J, ≥ 1.0× SafeRE per suite.");
        line("");
    }

    private void categories() {
        line("## Geometric means per category");
        line("");
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String c : Categories.ALL) {
            groups.put(c, keys(k -> {
                for (JsonElement e : checked.get(k).getAsJsonArray("categories")) {
                    if (e.getAsString().equals(c)) {
                        return true;
                    }
                }
                return false;
            }));
        }
        geomeanTable("category", groups);
        line("Categories: rebar's own tags; SafeRE and ReDoS workloads classified from their pattern and operation"
                + " (see benchmarks/README.md). A workload can be in several.");
        line("");
    }

    private void geomeanTable(String what, Map<String, List<String>> groups) {
        line("| " + what + " | n | linrex/JDK | linrex/RE2J | linrex/SafeRE |");
        line("|---|---:|---:|---:|---:|");
        for (var g : groups.entrySet()) {
            StringBuilder row = new StringBuilder("| " + g.getKey().replace("  ", "&nbsp;&nbsp;") + " | " + g.getValue().size());
            for (String other : OTHERS) {
                List<Double> ratios = new ArrayList<>();
                int excluded = 0;
                for (String k : g.getValue()) {
                    double r = ratio(k, other);
                    if (Double.isNaN(r)) {
                        excluded++;
                    } else {
                        ratios.add(r);
                    }
                }
                String cell = measures.containsKey(other) ? Format.ratio(Format.geomean(ratios)) : "n/a";
                if (measures.containsKey(other) && excluded > 0) {
                    cell += " (" + ratios.size() + " cases; " + excluded + " left out)";
                }
                row.append(" | ").append(cell);
            }
            line(row.append(" |").toString());
        }
        line("");
    }

    private void belowHalf() {
        line("## Benchmarks where linrex is below 0.5× java.util.regex");
        line("");
        List<String> slow = new ArrayList<>();
        for (String k : keys(x -> true)) {
            double r = ratio(k, "jdk");
            if (!Double.isNaN(r) && r < 0.5) {
                slow.add(String.format(Locale.ROOT, "- %s: %s (linrex %s, JDK %s)", Format.cell(k), Format.ratio(r),
                        Format.time(time(k, "linrex")), Format.time(time(k, "jdk"))));
            }
        }
        if (slow.isEmpty()) {
            line("None (target: none).");
        } else {
            line(slow.size() + " (target: none):");
            line("");
            slow.forEach(this::line);
        }
        line("");
    }

    /** "3", or "3 (SafeRE: 2)" when an engine's run has fewer JVM files than the others. */
    private String jvmCounts() {
        Map<String, Integer> n = new LinkedHashMap<>();
        measures.forEach((e, m) -> n.put(e, m.get("jvmsRead").getAsInt()));
        int most = n.values().stream().max(Integer::compare).orElse(0);
        StringBuilder sb = new StringBuilder(String.valueOf(most));
        List<String> fewer = new ArrayList<>();
        n.forEach((e, k) -> {
            if (k != most) {
                fewer.add(LABEL.get(e) + ": " + k);
            }
        });
        return fewer.isEmpty() ? sb.toString() : sb.append(" (").append(String.join(", ", fewer)).append(")").toString();
    }

    /**
     * How far apart an engine's JVMs were on the same workload (slowest JVM's median ÷ fastest's):
     * what a single JVM's figure could have been off by, and why the cell is a median over JVMs.
     */
    private void jvmSpread() {
        line("## Spread between JVMs");
        line("");
        if (measures.values().stream().allMatch(m -> m.get("jvmsRead").getAsInt() < 2)) {
            line("One JVM per engine in this run (`-Dbench.jvms=N` in BENCH_OPTS for N, see benchmarks/README.md).");
            line("");
            return;
        }
        line("Per engine, over the workloads every one of its JVMs timed: the slowest JVM's median ÷ the fastest's.");
        line("");
        line("| engine | JVMs | workloads | median spread | spread > 1.5× | largest |");
        line("|---|---:|---:|---:|---:|---|");
        for (var e : measures.entrySet()) {
            int jvms = e.getValue().get("jvmsRead").getAsInt();
            List<Double> spreads = new ArrayList<>();
            double worst = 0;
            String worstKey = "";
            for (var w : e.getValue().getAsJsonObject("workloads").entrySet()) {
                JsonObject cell = w.getValue().getAsJsonObject();
                if (!cell.has("jvmMedianNanos") || cell.getAsJsonArray("jvmMedianNanos").size() != jvms || jvms < 2) {
                    continue;
                }
                double lo = Double.MAX_VALUE;
                double hi = 0;
                for (JsonElement t : cell.getAsJsonArray("jvmMedianNanos")) {
                    lo = Math.min(lo, t.getAsDouble());
                    hi = Math.max(hi, t.getAsDouble());
                }
                double spread = hi / lo;
                spreads.add(spread);
                if (spread > worst) {
                    worst = spread;
                    worstKey = w.getKey();
                }
            }
            if (spreads.isEmpty()) {
                line("| " + LABEL.get(e.getKey()) + " | " + jvms + " | 0 | – | – | – |");
                continue;
            }
            long over = spreads.stream().filter(x -> x > 1.5).count();
            line(String.format(Locale.ROOT, "| %s | %d | %d | %s | %d | %s (%s) |", LABEL.get(e.getKey()), jvms,
                    spreads.size(), Format.ratio(MeasureFiles.median(spreads)), over, Format.cell(worstKey),
                    Format.ratio(worst)));
        }
        line("");
    }

    private void compile() {
        line("## Compile time");
        line("");
        if (compile == null || !compile.has("engines")) {
            line("Not measured (no compile.json).");
            line("");
            return;
        }
        line("Median over the compile set (every distinct suite pattern that all engines compile) of each pattern's own"
                + " compile time, all engines timed side by side in one JVM (`jmh.CompileBenchmark`): per pattern and"
                + " engine, a batch of k compiles of that pattern is one JMH iteration (`jmh.CompileBatchBenchmark`, SingleShotTime), timed by the thread's CPU time, k chosen so a batch"
                + " lasts ≥ " + compile.get("batchMicros").getAsInt() + " µs; a round visits the patterns in a fresh"
                + " random order and at each times one batch of every engine, in a fresh order; the pattern's time is"
                + " the median over " + compile.get("rounds").getAsInt() + " rounds of batch time ÷ k, and median, p90"
                + " and mean are over those per-pattern times. \"Per-pattern ratio\": per pattern, the median over the"
                + " rounds of the engine's batch ÷ the JDK's batch of the same round, then the median over the patterns."
                + " \"Spread\": the median over the patterns of the interquartile range of a pattern's rounds ÷ its"
                + " median. Warm-up: " + compile.get("warmupPasses").getAsInt() + " passes of every engine over the set"
                + " (at least " + compile.get("warmupMillis").getAsLong() + " ms), then each engine alone up to "
                + soloPasses(compile) + " passes (at most half that time each; passes per engine below), then a"
                + " wait for the JIT's compile queues to empty" + (compile.has("jitDrainMillis")
                        ? " (" + compile.get("jitDrainMillis").getAsLong() + " ms)" : "")
                + ", so no engine is timed in C1's profiling code. Side by side because on a shared machine the"
                + " speed of allocation-heavy code swings by several times for seconds at a time, for every engine"
                + " alike (see benchmarks/README.md).");
        line("");
        line("| engine | patterns | median | p90 | mean | median ÷ JDK median | per-pattern ratio | spread | warm-up passes |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        JsonObject byEngine = compile.getAsJsonObject("engines");
        double jdk = byEngine.has("jdk") ? byEngine.getAsJsonObject("jdk").get("p50Nanos").getAsDouble() : Double.NaN;
        for (String e : ENGINES) {
            if (!byEngine.has(e)) {
                continue;
            }
            JsonObject c = byEngine.getAsJsonObject(e);
            double p50 = c.get("p50Nanos").getAsDouble();
            line("| " + LABEL.get(e) + " | " + compile.get("patterns").getAsInt() + " | " + Format.time(p50) + " | "
                    + Format.time(c.get("p90Nanos").getAsDouble()) + " | " + Format.time(c.get("meanNanos").getAsDouble())
                    + " | " + Format.ratio(p50 / jdk) + " | "
                    + (c.has("perPatternRatioToJdk") ? Format.ratio(c.get("perPatternRatioToJdk").getAsDouble()) : "–")
                    + " | " + String.format(Locale.ROOT, "%.1f%%", 100 * c.get("medianRelativeIqr").getAsDouble()) + " | "
                    + (c.has("warmupPasses") ? c.get("warmupPasses").getAsInt() : compile.get("warmupPasses").getAsInt()) + " |");
        }
        line("");
        line("Target: linrex's median ≤ 5× the JDK's.");
        line("");
    }

    /** The passes each engine was to have before the timed rounds ("–" in files written before there were any). */
    private static String soloPasses(JsonObject compile) {
        return compile.has("enginePasses") ? String.valueOf(compile.get("enginePasses").getAsInt()) : "–";
    }

    private void memory() {
        line("## Retained heap per compiled pattern");
        line("");
        if (memory == null) {
            line("Not measured in this run.");
            line("");
            return;
        }
        line("JOL `GraphLayout.parseInstance(pattern).totalSize()`: every object reachable from the engine's compiled"
                + " pattern, over the same " + memory.get("patterns").getAsInt() + " patterns. \"After one use\": the same"
                + " pattern after running its workload once (lazy DFA states and caches that live in the pattern count then).");
        line("");
        line("| engine | median after compile | p90 | max | median after one use | max after one use |");
        line("|---|---:|---:|---:|---:|---:|");
        for (String e : ENGINES) {
            if (!memory.has(e)) {
                continue;
            }
            List<Double> c = numbers(memory.getAsJsonObject(e), "afterCompileBytes");
            List<Double> u = numbers(memory.getAsJsonObject(e), "afterUseBytes");
            line("| " + LABEL.get(e) + " | " + Format.bytes(Format.median(c)) + " | " + Format.bytes(Format.percentile(c, 90))
                    + " | " + Format.bytes(Format.percentile(c, 100)) + " | " + Format.bytes(Format.median(u)) + " | "
                    + Format.bytes(Format.percentile(u, 100)) + " |");
        }
        line("");
        line("Target: below SafeRE's.");
        line("");
    }

    private static List<Double> numbers(JsonObject o, String key) {
        List<Double> xs = new ArrayList<>();
        o.getAsJsonArray(key).forEach(x -> xs.add(x.getAsDouble()));
        return xs;
    }

    private void scaling() {
        line("## Scaling on ReDoS patterns");
        line("");
        line("Each ReDoS attack string grown to 10 KB, 100 KB and 1 MB (whole pumps), a find loop counting matches."
                + " Cells: time per char (ns); the last column is the time of the whole call at 1 MB (target < 100 ms for"
                + " linrex). Flat across a row = linear.");
        line("");
        line("| attack | pattern | engine | 10 KB | 100 KB | 1 MB | call at 1 MB |");
        line("|---|---|---|---:|---:|---:|---:|");
        for (String attack : Settings.scalingAttacks()) {
            String regex = attackRegex(attack);
            for (String e : ENGINES) {
                JsonObject m = measures.get(e);
                if (m == null) {
                    continue;
                }
                JsonObject sc = m.getAsJsonObject("scaling");
                StringBuilder row = new StringBuilder("| " + attack + " | `" + Format.cell(shorten(regex, 40)) + "` | "
                        + LABEL.get(e));
                String last = "–";
                for (int size : Settings.scalingSizes()) {
                    JsonObject cell = sc.getAsJsonObject(attack + "@" + size);
                    if (cell == null) {
                        row.append(" | –");
                    } else if (cell.has("medianNanos")) {
                        double t = cell.get("medianNanos").getAsDouble();
                        boolean agrees = !cell.has("agreesWithLinrex") || cell.get("agreesWithLinrex").getAsBoolean();
                        row.append(" | ").append(String.format(Locale.ROOT, "%.2f", t / cell.get("chars").getAsDouble()))
                                .append(agrees ? "" : " ≠");
                        last = Format.time(t);
                    } else {
                        String status = cell.has("status") ? cell.get("status").getAsString() : "failed";
                        row.append(" | ").append(statusText(status));
                        last = statusText(status);
                    }
                }
                line(row.append(" | ").append(last).append(" |").toString());
            }
        }
        line("");
    }

    private void redosAtMegabyte() {
        JsonObject m = measures.get("linrex");
        if (m == null || !m.has("redosAtMegabyte")) {
            return;
        }
        JsonObject all = m.getAsJsonObject("redosAtMegabyte");
        List<String> rows = new ArrayList<>();
        double worst = 0;
        String worstId = "–";
        int timed = 0;
        int under = 0;
        for (String id : all.keySet()) {
            JsonObject cell = all.getAsJsonObject(id);
            String regex = attackRegex(id);
            String row = "| " + id + " | `" + Format.cell(shorten(regex, 40)) + "` | ";
            if (cell.has("medianNanos")) {
                double t = cell.get("medianNanos").getAsDouble();
                timed++;
                if (t < 100e6) {
                    under++;
                }
                if (t > worst) {
                    worst = t;
                    worstId = id;
                }
                row += Format.cell(cell.get("value").getAsString()) + " | " + Format.time(t) + " | "
                        + String.format(Locale.ROOT, "%.2f", t / cell.get("chars").getAsDouble()) + " |";
            } else {
                String status = cell.has("status") ? cell.get("status").getAsString() : "failed";
                row += statusText(status) + " | – | – |";
            }
            rows.add(row);
        }
        line("### Every ReDoS seed at 1 MB (linrex)");
        line("");
        line(String.format(Locale.ROOT, "All %d attacks of corpus/redos/redos-attacks.tsv grown to about 1 MB, a find loop"
                        + " counting matches, linrex only (the other engines are cut off on most of them far below"
                        + " 1 MB). %d of %d timed cases under 100 ms per call; slowest: %s, %s.",
                all.size(), under, timed, worstId, Format.time(worst)));
        line("");
        line("| attack | pattern | answer | call at 1 MB | ns/char |");
        line("|---|---|---|---:|---:|");
        rows.forEach(this::line);
        line("");
    }

    private static String statusText(String status) {
        if (status.startsWith("LIMIT")) {
            return status.substring("LIMIT ".length());
        }
        if (status.startsWith("ERROR")) {
            return "error: " + shorten(status.substring(6), 30);
        }
        return shorten(status, 40);
    }

    private static String attackRegex(String attack) {
        for (RedosSuite.Attack a : RedosSuite.attacks(SharedData.require())) {
            if (a.id().equals(attack)) {
                return a.regex();
            }
        }
        return "?";
    }

    private void perBenchmark() {
        line("## Per benchmark");
        line("");
        line("Time per call (median). Throughput = input chars ÷ linrex's time, in millions of chars per second.");
        for (String suite : List.of("rebar", "safere", "redos", "lookaround")) {
            line("");
            line("### " + suite);
            line("");
            line("| benchmark | chars | linrex M chars/s | linrex | JDK | RE2/J | SafeRE | linrex/JDK | linrex/RE2J | linrex/SafeRE |");
            line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (String k : keys(x -> x.startsWith(suite + "/"))) {
                JsonObject w = checked.get(k);
                long chars = w.get("inputChars").getAsLong();
                StringBuilder row = new StringBuilder("| " + Format.cell(w.get("id").getAsString()) + " | " + chars + " | "
                        + Format.throughput(chars, time(k, "linrex")));
                for (String e : ENGINES) {
                    row.append(" | ").append(cellText(k, e));
                }
                for (String e : OTHERS) {
                    double r = ratio(k, e);
                    String cell = Double.isNaN(r) ? lowerBound(k, e) : Format.ratio(r);
                    row.append(" | ").append(cell);
                }
                line(row.append(" |").toString());
            }
        }
        line("");
    }

    /** "> N×" when the other engine was cut off at the limit and linrex was measured. */
    private String lowerBound(String key, String e) {
        JsonObject oc = checked.get(key).getAsJsonObject("outcomes").getAsJsonObject(e);
        double lin = time(key, "linrex");
        if (oc != null && oc.get("kind").getAsString().equals("LIMIT") && !Double.isNaN(lin)) {
            return "> " + Format.ratio(check.json().get("limitMillis").getAsLong() * 1e6 / lin);
        }
        return "–";
    }

    private String cellText(String key, String e) {
        if (!measures.containsKey(e)) {
            return "n/a";
        }
        JsonObject oc = checked.get(key).getAsJsonObject("outcomes").getAsJsonObject(e);
        if (oc == null) {
            return "n/a";
        }
        switch (oc.get("kind").getAsString()) {
            case "LIMIT":
                return "> limit (" + check.json().get("limitMillis").getAsLong() / 1000.0 + " s)";
            case "UNSUPPORTED":
                return "unsupported";
            case "ERROR":
                return "error: " + Format.cell(shorten(oc.get("detail").getAsString(), 30));
            default:
                break;
        }
        double t = time(key, e);
        if (Double.isNaN(t)) {
            return "failed";
        }
        boolean agrees = e.equals("jdk") || oc.get("agreesWithJdk").getAsBoolean()
                || !checked.get(key).getAsJsonObject("outcomes").getAsJsonObject("jdk").get("kind").getAsString().equals("VALUE");
        return Format.time(t) + (agrees ? "" : " ≠");
    }

    // ---------------------------------------------------------------- data access

    private List<String> keys(java.util.function.Predicate<String> p) {
        List<String> out = new ArrayList<>();
        for (String k : checked.keySet()) {
            if (Settings.measured(k) && p.test(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private double time(String key, String engine) {
        JsonObject m = measures.get(engine);
        if (m == null) {
            return Double.NaN;
        }
        JsonObject w = m.getAsJsonObject("workloads").getAsJsonObject(key);
        return w == null ? Double.NaN : w.get("medianNanos").getAsDouble();
    }

    private double ratio(String key, String other) {
        return time(key, other) / time(key, "linrex");
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private void line(String s) {
        md.append(s).append('\n');
    }
}
